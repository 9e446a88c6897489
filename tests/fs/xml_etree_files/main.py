import os
import xml.etree.ElementTree as ET

tree = ET.parse("latin.xml")
root = tree.getroot()
print(root.tag, [(e.get("code"), e.text) for e in root])
print([e.text for e in tree.findall("{urn:cat}item")], tree.findtext("c:item", namespaces={"c": "urn:cat"}))
with open("utf16.xml", "rb") as f:
    t2 = ET.parse(f)
print(repr(ET.tostring(t2.getroot(), encoding="unicode")))
t3 = ET.ElementTree(file="latin.xml")
print(len(t3.getroot()))
print([(ev, el.tag if ev != "comment" else el.text) for ev, el in ET.iterparse("latin.xml", ("start", "end", "comment"))][:6])
it = ET.iterparse("utf16.xml")
for _ in it:
    pass
print(it.root.tag)

tree.write("out_default.xml")
tree.write("out_utf8.xml", encoding="utf-8", xml_declaration=True)
tree.write("out_latin.xml", encoding="latin-1")
tree.write("out_unicode.xml", encoding="unicode")
ET.ElementTree(ET.fromstring("<c:a xmlns:c='urn:cat'><c:b/></c:a>")).write("out_ns.xml", default_namespace="urn:cat", short_empty_elements=False)
with open("out_file.xml", "wb") as f:
    tree.write(f, encoding="utf-16")
with open("out_text.txt", "w", encoding="utf-8") as f:
    tree.write(f, encoding="unicode", method="text")
for name in sorted(os.listdir(".")):
    if name.startswith("out_"):
        with open(name, "rb") as f:
            print(name, f.read())
back = ET.parse("out_file.xml").getroot()
print(ET.tostring(back) == ET.tostring(root))
ET.indent(tree)
tree.write("pretty.xml", encoding="utf-8", xml_declaration=True)
with open("pretty.xml", encoding="utf-8") as f:
    print(f.read())
p = ET.XMLParser(encoding="iso-8859-1")
with open("latin.xml", "rb") as f:
    print(ET.parse(f, parser=p).getroot()[0].text)
try:
    ET.parse("missing.xml")
except OSError as e:
    print(type(e).__name__, e.errno)
with open("bad.xml", "w") as f:
    f.write("<a>\n  <b>\n</a>\n")
try:
    ET.parse("bad.xml")
except ET.ParseError as e:
    print(e, e.position)
