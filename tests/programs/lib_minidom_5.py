import re, io
try:
    import xml.dom.minidom as minidom, xml.dom as dom
except ImportError:
    import xml_dom_dev.minidom as minidom, xml_dom_dev as dom
def R(x): return re.sub(r'xml_dom_dev', 'xml.dom', re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', repr(x)))
def t(f):
    try:
        r = f()
        print("OK", R(r)[:3000])
    except Exception as e:
        print("EXC", type(e).__name__, R(str(e)))
def check(n):
    # sibling/parent consistency
    kids = list(n.childNodes)
    for i, k in enumerate(kids):
        assert k.parentNode is n, (k, n)
        assert k.previousSibling is (kids[i-1] if i else None), (k, i)
        assert k.nextSibling is (kids[i+1] if i+1 < len(kids) else None), (k, i)
        check(k)
rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Example &amp; Co</title>
    <atom:link href="http://example.com/feed" rel="self" type="application/rss+xml"/>
    <item id="1">
      <title>First</title>
      <description><![CDATA[<p>Hello <b>world</b></p>]]></description>
      <dc:creator>Alice</dc:creator>
      <!-- comment here -->
    </item>
    <item id="2"><title>Second</title><empty></empty></item>
  </channel>
</rss>
"""
d = minidom.parseString(rss)
check(d)
print(repr(d.toxml()))
print(repr(d.toprettyxml(indent="  ")))
print(repr(d.toprettyxml(indent="  ", encoding="UTF-8")))
print([e.getAttribute("id") for e in d.getElementsByTagName("item")])
print([e.firstChild.data for e in d.getElementsByTagName("title")])
print([R(e) for e in d.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")])
print([R(e) for e in d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "*")])
ch = d.getElementsByTagName("channel")[0]
print(len(ch.childNodes), [n.nodeType for n in ch.childNodes])
# strip whitespace text nodes and pretty print
def strip(n):
    for c in list(n.childNodes):
        if c.nodeType == c.TEXT_NODE and not c.data.strip():
            n.removeChild(c)
        else:
            strip(c)
strip(d); check(d)
print(d.toprettyxml(indent="    "))
print(d.documentElement.toprettyxml(indent=" ", newl="|"))
# build a doc from scratch
impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, "catalog", None)
root = doc.documentElement
for i in range(3):
    book = doc.createElement("book")
    book.setAttribute("id", "bk%d" % i)
    book.setAttribute("lang", "en" if i % 2 else "fr")
    t_ = doc.createElement("title"); t_.appendChild(doc.createTextNode("Title <%d> & \"q\"" % i)); book.appendChild(t_)
    p = doc.createElement("price"); p.appendChild(doc.createTextNode(str(10.5 * i))); book.appendChild(p)
    root.appendChild(book)
root.insertBefore(doc.createComment(" books "), root.firstChild)
root.appendChild(doc.createProcessingInstruction("xml-stylesheet", 'href="s.css"'))
check(doc)
print(doc.toprettyxml())
print(doc.toxml(encoding="utf-8"))
# manipulation
books = root.getElementsByTagName("book")
root.removeChild(books[1]); check(doc)
root.replaceChild(doc.createElement("replaced"), books[0]); check(doc)
root.insertBefore(books[1], books[2]); check(doc)
print(doc.toxml())
frag = doc.createDocumentFragment()
for n in ("x", "y", "z"):
    frag.appendChild(doc.createElement(n))
t(lambda: root.replaceChild(frag, books[1])); check(doc)
print(doc.toxml(), frag.childNodes.length)
# moving between documents
other = minidom.parseString("<o><p>moved</p></o>")
pnode = other.documentElement.firstChild
root.appendChild(pnode); check(doc); check(other)
print(doc.toxml(), other.toxml(), pnode.ownerDocument is other)
# cloneNode on parsed NS content
d2 = minidom.parseString('<r xmlns="urn:a" xmlns:b="urn:b"><b:x b:attr="1">t</b:x></r>')
x = d2.documentElement.firstChild
cx = x.cloneNode(True)
print(cx.toxml(), cx.namespaceURI, cx.prefix, cx.localName, [(a.name, a.namespaceURI, a.localName, a.prefix) for a in cx.attributes.values()])
cd2 = d2.cloneNode(True); print(cd2.toxml(), cd2.documentElement.namespaceURI)
i2 = doc.importNode(x, True); print(i2.toxml(), i2.ownerDocument is doc, i2.parentNode)
t(lambda: doc.importNode(d2, True))
# attribute NS ops
e = doc.createElement("e")
e.setAttributeNS("urn:x", "x:a", "1")
e.setAttributeNS("urn:x", "y:a", "2")
print(e.toxml(), e.getAttributeNS("urn:x", "a"))
t(lambda: e.removeAttributeNS("urn:x", "a")); print(e.toxml())
t(lambda: e.removeAttributeNS("urn:x", "a"))
e.setAttribute("k", "v"); e.setAttribute("k", "v2"); e.setAttribute("j", "")
print(e.toxml(), e.attributes.length, e.hasAttributes(), doc.createElement("z").hasAttributes())
# normalize on parsed
d3 = minidom.parseString("<a>x</a>")
a = d3.documentElement
a.appendChild(d3.createTextNode("y")); a.appendChild(d3.createTextNode("")); a.appendChild(d3.createTextNode("z"))
a.normalize(); check(d3); print(a.childNodes.length, R(a.firstChild), d3.toxml())
# whole doc normalize
d3.normalize(); print(d3.toxml())
# text splitting in parsed doc
tn = a.firstChild; tail = tn.splitText(1); check(d3); print(R(tn), R(tail), d3.toxml(), tn.wholeText, tail.wholeText)
# errors with multiline docs
for s in ["<a>\n<b>\n</a>", "<a>\n  <b x='1' x='2'/>\n</a>", "<a>\n\n</a>\n<b/>", "<a>\n&bogus;\n</a>", "<?xml version='1.0'?>\n<a>\n<b></c>\n</a>", "\n\n<a", "<a>\n<![CDATA[ never closed\n</a>", "<a><!-- x", "<a><?pi x", "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a b='1'c='2'/>"]:
    t(lambda: minidom.parseString(s))
t(lambda: minidom.parseString(b"<a>\xff</a>"))
t(lambda: minidom.parseString(42))
# toprettyxml mixed content
d4 = minidom.parseString("<p>Hello <b>bold</b> and <i>it</i>!</p>")
print(repr(d4.toprettyxml()), repr(d4.documentElement.toprettyxml(indent="")))
d5 = minidom.parseString("<a><b><c><d>deep</d></c></b><e/></a>")
print(d5.toprettyxml(indent="--", newl="\n"))
print(repr(d5.toprettyxml(newl="")))
