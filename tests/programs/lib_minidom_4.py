import re
try:
    import xml.dom.minidom as minidom, xml.dom as dom
except ImportError:
    import xml_dom_dev.minidom as minidom, xml_dom_dev as dom
def R(x): return re.sub(r'xml_dom_dev', 'xml.dom', re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', repr(x)))
def t(f):
    try:
        r = f()
        print("OK", R(r)[:2000])
    except Exception as e:
        print("EXC", type(e).__name__, R(str(e)), [c.__name__ for c in type(e).__mro__][:3])
doc = minidom.Document()
e = doc.createElement("p:x"); print(e.tagName, e.localName, e.prefix, e.namespaceURI)
a = doc.createAttribute("p:y"); print(a.name, a.localName, a.prefix, a.namespaceURI)
a = doc.createAttribute("y"); a.value = "v"
print(R(a.childNodes), R(a.firstChild), a.childNodes.length if hasattr(a.childNodes, 'length') else None, a.isId, R(a.schemaType))
tx = doc.createTextNode("x"); c = doc.createComment("c"); pi = doc.createProcessingInstruction("t", "d")
for n in (tx, c, pi):
    t(lambda: n.appendChild(doc.createTextNode("y")))
    t(lambda: n.insertBefore(doc.createTextNode("y"), None))
    t(lambda: n.removeChild(tx))
    t(lambda: n.replaceChild(doc.createTextNode("y"), tx))
    t(lambda: n.normalize())
    t(lambda: n.hasChildNodes())
cd = doc.createTextNode("0123456789")
for f in [lambda: cd.substringData(10, 1), lambda: cd.substringData(9, 5), lambda: cd.substringData(0, 0), lambda: cd.insertData(10, "z"), lambda: cd.insertData(11, "z"), lambda: cd.insertData(-1, "z"),
          lambda: cd.deleteData(10, 1), lambda: cd.deleteData(0, -1), lambda: cd.deleteData(-1, 1), lambda: cd.replaceData(10, 1, "q"), lambda: cd.replaceData(0, -1, "q"), lambda: cd.replaceData(-1, 1, "q"), lambda: cd.data]:
    t(f)
for s in ['<a><![CDATA[a]]><![CDATA[b]]></a>', '<a>x<!--c-->y</a>', '<a>x<?p?>y</a>', '<a>&amp;<![CDATA[]]>&lt;</a>', '<a>  </a>', '<a><b/>  <c/></a>', '<?xml version="1.0"?>\n\n<a/>\n\n', '<a>&#x10FFFF;</a>',
          '<a xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="en"/>', '<a xml:lang="en"/>', '<a><?pi?></a>', '<a><?pi   spaced  data ?></a>', '<a x="&lt;&#x9;&#13;"/>', '<x:a xmlns:x="u1"><x:b xmlns:x="u2"/></x:a>', '<a xmlns="u"><b xmlns=""/></a>']:
    d = minidom.parseString(s)
    print(repr(s), [(R(n), n.nodeType, repr(n.nodeValue)) for n in d.documentElement.childNodes], d.toxml(), [(R(n), n.nodeType, repr(n.nodeValue)) for n in d.childNodes])
    for el in d.getElementsByTagName("*"):
        print("  ", el.tagName, el.namespaceURI, el.prefix, el.localName, [(x.name, x.value, x.namespaceURI, x.prefix, x.localName) for x in el.attributes.values()])
    for n in d.childNodes:
        if n.nodeType == 7: print("  pi", repr(n.target), repr(n.data))
    for n in d.documentElement.childNodes:
        if n.nodeType == 7: print("  pi", repr(n.target), repr(n.data))
impl = minidom.getDOMImplementation()
dt = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN", "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
print(R(dt), dt.name, dt.nodeName, dt.publicId, dt.systemId, dt.internalSubset, dt.ownerDocument, dt.entities.length if dt.entities is not None else None, dt.notations.length)
d = impl.createDocument("http://www.w3.org/1999/xhtml", "html", dt)
print(d.toxml(), R(d.doctype), dt.ownerDocument is d, dt.parentNode is d, d.documentElement.namespaceURI)
print(repr(d.toprettyxml()))
t(lambda: impl.createDocument(None, "a", dt))
t(lambda: impl.createDocument(None, None, None).toxml())
t(lambda: impl.createDocument("http://x", "p:a", None).toxml())
t(lambda: impl.createDocument("http://x", None, None).toxml())
t(lambda: impl.createDocument(None, "p:a", None).toxml())
t(lambda: impl.createDocument("http://x", "xml:a", None).toxml())
t(lambda: impl.hasFeature("core", "2.0"))
t(lambda: impl.hasFeature("xml", None))
t(lambda: impl.hasFeature("foo", None))
t(lambda: dom.getDOMImplementation())
t(lambda: dom.getDOMImplementation("minidom"))
t(lambda: dom.getDOMImplementation("bogus"))
# documentElement when building
d = minidom.Document()
print(d.documentElement, d.toxml(), repr(d.toprettyxml()))
d.appendChild(d.createComment("top"))
r = d.appendChild(d.createElement("root"))
print(R(d.documentElement), d.toxml())
# element with empty text child
e = d.createElement("e"); e.appendChild(d.createTextNode(""))
print(repr(e.toxml()), repr(e.toprettyxml()))
e.appendChild(d.createTextNode("")); print(repr(e.toprettyxml()))
e2 = d.createElement("e2"); e2.appendChild(d.createElement("i")); print(repr(e2.toprettyxml()), repr(e2.toprettyxml(indent="  ", newl="")))
e3 = d.createElement("e3"); e3.appendChild(d.createCDATASection("cd")); print(repr(e3.toprettyxml()))
e4 = d.createElement("e4"); e4.appendChild(d.createComment("cm")); print(repr(e4.toprettyxml()))
e5 = d.createElement("e5"); e5.appendChild(d.createTextNode("a")); e5.appendChild(d.createTextNode("b")); print(repr(e5.toprettyxml()))
print(repr(e5.toxml(encoding="utf-8")), repr(e5.toprettyxml(encoding="utf-16")[:10]))
e6 = d.createElement("e6"); e6.setAttribute("x", "\u20ac"); e6.appendChild(d.createTextNode("\u20ac\U0001F600")); print(repr(e6.toxml("ascii")), repr(e6.toxml("latin-1")))
# writexml
import io
s = io.StringIO(); e5.writexml(s, "[i]", "[a]", "[n]"); print(repr(s.getvalue()))
s = io.StringIO(); d.writexml(s, "[i]", "[a]", "[n]"); print(repr(s.getvalue()))
s = io.StringIO(); d.writexml(s, "", "", "", "utf-8"); print(repr(s.getvalue()))
s = io.StringIO(); d.writexml(s, encoding="utf-8", standalone=False); print(repr(s.getvalue()))
# parse from file
open("lib_minidom_4.tmp", "w").write("<?xml version='1.0'?><root a='1'><k>v</k></root>")
print(minidom.parse("lib_minidom_4.tmp").toxml())
with open("lib_minidom_4.tmp", "rb") as f: print(minidom.parse(f).toxml())
with open("lib_minidom_4.tmp", "r") as f: t(lambda: minidom.parse(f).toxml())
print(minidom.parseString(b"<a>\xe2\x82\xac</a>").documentElement.firstChild.data)
import os; os.remove("lib_minidom_4.tmp")
t(lambda: minidom.parse("does_not_exist.xml"))
with minidom.parseString("<a><b/></a>") as dd:
    print(dd.documentElement.tagName)
print(dd.documentElement)
