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
        print("EXC", type(e).__name__, R(str(e)), [c.__name__ for c in type(e).__mro__])
import types
print(sorted(n for n in dir(dom) if not n.startswith('_') and not isinstance(getattr(dom, n), types.ModuleType)))
print(dom.Node.ELEMENT_NODE, dom.Node.NOTATION_NODE, dom.EMPTY_NAMESPACE, dom.XML_NAMESPACE, dom.XMLNS_NAMESPACE, dom.XHTML_NAMESPACE, dom.EMPTY_PREFIX)
t(lambda: dom.DOMException())
t(lambda: dom.DOMException("x"))
t(lambda: dom.HierarchyRequestErr("msg"))
print(dom.HierarchyRequestErr.code, dom.NotFoundErr.code, dom.InvalidCharacterErr.code, dom.NamespaceErr.code, dom.ValidationErr.code, dom.IndexSizeErr.code)
e = dom.NotFoundErr("a", "b"); print(e.args, str(e), e.code, e._get_code() if hasattr(e, '_get_code') else None)
print(issubclass(minidom.Element, dom.Node), minidom.Node is dom.Node)
for name in ['Node', 'Document', 'Element', 'Text', 'Comment', 'CDATASection', 'Attr', 'NamedNodeMap', 'ProcessingInstruction', 'DocumentFragment', 'DocumentType', 'DOMImplementation', 'NodeList', 'EmptyNodeList', 'Childless', 'CharacterData', 'TypeInfo', 'Entity', 'Notation', 'AttributeList', 'parse', 'parseString', 'getDOMImplementation', 'ElementInfo', 'ReadOnlySequentialNamedNodeMap', 'Identified']:
    print(name, hasattr(minidom, name))
doc = minidom.parseString("<r><a>one</a><b x='1'><c/>two<!--cm--></b>  <d>t1</d></r>")
r = doc.documentElement
a, b = r.firstChild, r.childNodes[1]
print(r.isSameNode(r), r.isSameNode(a), a.isSameNode(r.firstChild))
c1 = b.cloneNode(False); print(R(c1), c1.toxml(), c1.parentNode, c1.ownerDocument is doc, c1.attributes.items())
c2 = b.cloneNode(True); print(c2.toxml(), c2.firstChild.parentNode is c2, c2.attributes is b.attributes)
c2.setAttribute("x", "changed"); print(b.getAttribute("x"))
d2 = doc.cloneNode(True); print(R(d2), d2.toxml(), d2.documentElement is r)
print(doc.cloneNode(False))
tx = doc.createTextNode("t")
print(tx.cloneNode(False).data, doc.createComment("c").cloneNode(True).toxml())
print(R(doc.createAttribute("at").cloneNode(True)))
# normalize
e = doc.createElement("n")
for s in ["a", "", "b", "c"]:
    e.appendChild(doc.createTextNode(s))
e.appendChild(doc.createElement("x"))
e.appendChild(doc.createTextNode(""))
e.appendChild(doc.createTextNode("d"))
e.appendChild(doc.createCDATASection("cd"))
e.appendChild(doc.createTextNode("e"))
print(e.childNodes.length, [n.data if n.nodeType in (3,4) else n.nodeName for n in e.childNodes])
print(R(e.childNodes[2].wholeText), e.childNodes[6].wholeText)
e.normalize()
print(e.childNodes.length, [n.data if n.nodeType in (3,4) else n.nodeName for n in e.childNodes], [(R(n.previousSibling), R(n.nextSibling)) for n in e.childNodes])
print(e.firstChild.wholeText, e.lastChild.wholeText)
# splitText
t1 = doc.createTextNode("hello world")
e2 = doc.createElement("s"); e2.appendChild(t1); e2.appendChild(doc.createElement("z"))
t2 = t1.splitText(5)
print(R(t1), R(t2), [R(n) for n in e2.childNodes], t1.nextSibling is t2, t2.previousSibling is t1, t2.parentNode is e2)
t(lambda: t1.splitText(-1))
t(lambda: t1.splitText(100))
t3 = doc.createTextNode("abc"); print(R(t3.splitText(0)), R(t3))
t4 = doc.createTextNode("abc"); print(R(t4.splitText(3)), R(t4), t4.nextSibling)
# character data
cd = doc.createTextNode("0123456789")
print(cd.substringData(2, 3), cd.length, len(cd))
cd.appendData("ab"); cd.insertData(0, "X"); cd.deleteData(1, 2); cd.replaceData(0, 1, "YY"); print(cd.data)
t(lambda: cd.substringData(-1, 2))
t(lambda: cd.substringData(0, -2))
t(lambda: cd.substringData(100, 1))
cd.data = "new"; print(cd.nodeValue); cd.nodeValue = "newer"; print(cd.data)
t(lambda: cd.replaceWholeText("whole"))
print(cd.isWhitespaceInElementContent)
# nodeValue of elements
print(r.nodeValue, doc.nodeValue, doc.nodeName, doc.nodeType, doc.parentNode, doc.ownerDocument, doc.attributes)
r.nodeValue = "ignored"; print(r.nodeValue)
# hasChildNodes
print(r.hasChildNodes(), tx.hasChildNodes(), doc.hasChildNodes(), doc.createElement("e").hasChildNodes())
# NodeList
nl = r.childNodes
print(nl.length, len(nl), R(nl.item(0)), nl.item(-1), nl.item(100), R(nl[-1]), R(nl[1:2]), type(nl[1:2]).__name__)
gl = doc.getElementsByTagName("c"); print(type(gl).__name__, gl.length, R(gl.item(0)))
print(doc.getElementsByTagName("nope").length, R(doc.getElementsByTagName("nope")))
t(lambda: setattr(nl, "length", 5))
# text node attrs
print(tx.childNodes, tx.firstChild, tx.lastChild, R(tx.childNodes), type(tx.childNodes).__name__, tx.childNodes.length)
print(tx.nodeName, tx.localName, tx.prefix, tx.namespaceURI if hasattr(tx, 'namespaceURI') else 'noattr')
# unlink
doc.unlink(); print(r.parentNode, r.childNodes.length if r.childNodes is not None else None, doc.documentElement)
# attributes NamedNodeMap
d = minidom.parseString('<e z="1" a="2" m="3"/>')
el = d.documentElement
am = el.attributes
print(am.length, am.keys(), am.items(), list(am.values()) and [R(v) for v in am.values()], am.keysNS(), am.itemsNS(), R(am.get("a")), am.get("q", "dflt"), "a" in am, len(am))
t(lambda: [R(x) for x in am])
t(lambda: list(am))
t(lambda: am[0])
t(lambda: am.removeNamedItem("z"))
t(lambda: am.removeNamedItem("z"))
print(el.toxml())
na = d.createAttribute("new"); na.value = "nv"
t(lambda: am.setNamedItem(na)); print(el.toxml())
t(lambda: am.__setitem__("other", "ov")); print(el.toxml())
t(lambda: am.__delitem__("other")); print(el.toxml())
print(am == el.attributes, am.__len__())
t(lambda: el.setAttribute("a", "changed")); print(el.toxml(), el.getAttributeNode("a").value)
at = el.getAttributeNode("a"); at.value = "direct"; print(el.toxml(), at.nodeValue, at.ownerElement is el, R(at.ownerDocument))
at.nodeValue = "dv"; print(el.toxml())
print(el.attributes.item(0).name, el.attributes.item(1).name)
el.removeAttribute("m"); print(el.toxml())
# tagName etc
print(el.tagName, el.nodeName, el.localName, el.prefix, el.namespaceURI, el.schemaType if hasattr(el, "schemaType") else None)
print(el.getElementsByTagName("e").length, d.getElementsByTagName("e").length)
t(lambda: el.getElementsByTagName())
# Document props
print(d.doctype, d.implementation is minidom.getDOMImplementation() if hasattr(d, 'implementation') else None, R(d.implementation))
print(d.version if hasattr(d,'version') else None, d.encoding if hasattr(d,'encoding') else None, d.standalone if hasattr(d,'standalone') else None)
d3 = minidom.parseString('<?xml version="1.0" encoding="utf-8" standalone="yes"?><a/>')
print(d3.version, d3.encoding, d3.standalone, d3.xmlStandalone if hasattr(d3, 'xmlStandalone') else None)
