import io
import sys
import xml.etree.ElementTree as ET

e = ET.Element("{urn:one}root", {"{urn:two}attr": "1", "plain": '<&>"\n\r\t\''})
b = ET.SubElement(e, "{urn:one}b")
b.text = "caf\u00e9 <&> \"'"
b.tail = "tail"
ET.SubElement(e, "{urn:three}c")
e.append(ET.Comment(" note <&> "))
e.append(ET.PI("proc", "x <&> y"))
for enc in [None, "unicode", "utf-8", "UTF-8", "utf8", "us-ascii", "ascii", "latin-1", "iso-8859-1", "utf-16"]:
    print(enc, ET.tostring(e, encoding=enc))
print(ET.tostring(e, encoding="unicode", xml_declaration=True))
print(ET.tostring(e, xml_declaration=True))
print(ET.tostring(e, encoding="utf-8", xml_declaration=False))
print(ET.tostring(e, encoding="latin-1", xml_declaration=False))

s = ET.Element("s")
ET.SubElement(s, "empty")
ET.SubElement(s, "full").text = "x"
print(ET.tostring(s))
print(ET.tostring(s, short_empty_elements=False))

d = ET.Element("{urn:d}a")
ET.SubElement(d, "{urn:d}b")
ET.SubElement(d, "{urn:e}b", {"{urn:d}k": "v", "{urn:e}k": "w"})
print(ET.tostring(d, encoding="unicode", default_namespace="urn:d"))
try:
    ET.tostring(ET.Element("nons"), default_namespace="urn:d")
except ValueError as ex:
    print(type(ex).__name__, ex)

h = ET.fromstring('<html><head><script>if (a &lt; b &amp;&amp; c) {}</script><style>p > q {}</style>'
                  '</head><body><br/><p/><img src="a&amp;&quot;&lt;&gt;"/><hr/>x&lt;y<input/></body></html>')
print(ET.tostring(h, method="html"))
print(ET.tostring(h, method="html", encoding="unicode"))
print(ET.tostring(h, method="text"))
print(ET.tostring(h, method="text", encoding="unicode"))
try:
    ET.tostring(h, method="json")
except ValueError as ex:
    print(type(ex).__name__, ex)

ET.register_namespace("zz", "urn:three")
ET.register_namespace("aa", "urn:two")
print(ET.tostring(e, encoding="unicode"))
try:
    ET.register_namespace("ns12", "urn:x")
except ValueError as ex:
    print(type(ex).__name__, ex)
x = ET.Element("{http://www.w3.org/XML/1998/namespace}lang")
x.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
x.set("{http://www.w3.org/2001/XMLSchema-instance}type", "t")
print(ET.tostring(x, encoding="unicode"))

print(ET.tostringlist(ET.fromstring('<a x="1">t<b/>u<c>v</c></a>')))
print(ET.tostringlist(ET.fromstring('<a x="1" y="2">t<b/>u<c>v</c></a>'), encoding="unicode"))
print(ET.tostringlist(ET.fromstring('<a/>'), encoding="unicode", xml_declaration=True))

n = ET.Element(None)
n.text = "top"
ET.SubElement(n, "b").tail = "after"
n.tail = "z"
print(ET.tostring(n, encoding="unicode"))

for bad in [ET.Element(1), ET.Element("a", {"k": 5}), ET.Element("a", {1: "v"})]:
    try:
        ET.tostring(bad)
    except TypeError as ex:
        print(type(ex).__name__, ex)
t = ET.Element("t")
t.text = 12
try:
    ET.tostring(t)
except TypeError as ex:
    print(type(ex).__name__, ex)

tree = ET.ElementTree(ET.fromstring("<doc><p>one</p><p>two</p></doc>"))
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding="utf-16", xml_declaration=True)
print(buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode", xml_declaration=True)
print(sbuf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding="iso-8859-1", method="html")
print(buf.getvalue())
ET.dump(tree)
el = ET.Element("dumped")
el.tail = "\n"
ET.dump(el)
ET.dump(ET.Element("other"))
qa = ET.Element("q")
qa.set("ref", ET.QName("urn:q", "val"))
print(ET.tostring(qa, encoding="unicode"))
