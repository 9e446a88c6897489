import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, unescape, quoteattr

x = ET.fromstring("<a>\n<b><c>t</c><d/></b>tail<e>  </e></a>")
ET.indent(x)
print(ET.tostring(x, encoding="unicode"))
x = ET.fromstring("<a><b/><c>x</c><d><e><f/></e></d></a>")
ET.indent(x, space="\t", level=2)
print(repr(ET.tostring(x, encoding="unicode")))
t = ET.ElementTree(ET.fromstring("<r>keep<s/><s>  </s></r>"))
ET.indent(t, space="    ")
print(ET.tostring(t.getroot(), encoding="unicode"))
leaf = ET.Element("leaf")
ET.indent(leaf)
print(repr(leaf.text), repr(leaf.tail))
try:
    ET.indent(x, level=-1)
except ValueError as e:
    print(type(e).__name__, e)
root = ET.Element("root")
for i in range(3):
    item = ET.SubElement(root, "item", n=str(i))
    for j in range(i):
        ET.SubElement(item, "sub").text = str(j)
ET.indent(root)
ET.dump(root)
again = ET.fromstring(ET.tostring(root))
ET.indent(again)
print(ET.tostring(again) == ET.tostring(root))

print(escape("a < b & c > d"), escape("x&y", {"x": "EX"}), escape('"q"'))
print(unescape("&lt;tag&gt; &amp;amp; &quot;"), unescape("&foo;", {"&foo;": "bar"}))
for s in ['plain', 'with "double"', "with 'single'", "both ' and \"", "tab\tnl\ncr\r", "<&>"]:
    print(quoteattr(s), quoteattr(s, {"a": "A"}))
