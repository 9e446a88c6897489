import xml.etree.ElementTree as ET

doc = ET.fromstring("""<root>
  <group name="g1" kind="a">
    <item id="1">one</item>
    <item id="2" flag="yes">two</item>
    <other>o1</other>
    <item id="3">three</item>
  </group>
  <group name="g2">
    <item id="4">four<sub>deep</sub></item>
    <other>o2</other>
    <nested><item id="5">five</item></nested>
  </group>
  <item id="6">six</item>
</root>""")


def ids(elems):
    return [e.get("id") or e.get("name") or e.tag for e in elems]


for path in ["item", "group", "group/item", "*/item", "*", ".//item", "group//item", ".", "./group",
             ".//item[@flag]", ".//item[@id='3']", ".//item[@id!='3']", 'group[@name="g2"]/item',
             "group[item]", "group[nested]", ".//group[other='o2']", ".//group[other!='o2']",
             ".//item[.='two']", ".//item[.!='two']", "group/item[1]", "group/item[2]", "group/item[last()]",
             "group/item[last()-1]", "group/*[1]", ".//item/..", ".//sub/../..", "group/..", "group/../item",
             "group[1]", "group[2]/other", ".//nested/item", "missing", ".//missing", "group/item[@id='1']/..",
             "*/*", "*//item", "group/other/", "group//", ".//*[@id='4']/sub", ".//item[sub='deep']",
             "group[@kind]/item[@id]", "group[@name='g1'][@kind='a']", "group/item[1][@id='1']", "./*/./item"]:
    print(path, ids(doc.findall(path)), ids(list(doc.iterfind(path))))
    f = doc.find(path)
    print("  find:", None if f is None else ids([f]), "text:", repr(doc.findtext(path)), repr(doc.findtext(path, "D")))

for bad in ["/item", "//item", "item[0]", "item[last()-0]", "item[last()+1]", "item[@x=1]", "item[position()=1]"]:
    try:
        print(bad, doc.findall(bad))
    except SyntaxError as ex:
        print(bad, type(ex).__name__, ex)

ns = ET.fromstring("""<r xmlns="urn:d" xmlns:p="urn:p" xmlns:q="urn:q">
<a>da</a><p:a>pa</p:a><q:a>qa</q:a><p:b><a>inner</a></p:b><plain xmlns="">pl</plain>
</r>""")
print([e.tag for e in ns])
print([e.text for e in ns.findall("{urn:d}a")])
print([e.text for e in ns.findall("{urn:p}a")])
print([e.text for e in ns.findall("{*}a")])
print([e.text for e in ns.findall(".//{*}a")])
print([e.tag for e in ns.findall("{urn:p}*")])
print([e.tag for e in ns.findall("{}*")])
print([e.tag for e in ns.findall("{}plain")])
print([e.text for e in ns.findall("p:a", {"p": "urn:p"})])
print([e.text for e in ns.findall("x:a", {"x": "urn:q"})])
print([e.text for e in ns.findall("a", {"": "urn:d"})])
print([e.text for e in ns.findall("p:b/a", {"p": "urn:p", "": "urn:d"})])
print([e.text for e in ns.findall(".//p:b/{urn:d}a", {"p": "urn:p"})])
print(ns.find("p:a", {"p": "urn:p"}).text, ns.findtext("q:a", namespaces={"q": "urn:q"}))
print(ns.findall("p:a"))
try:
    ns.findall("z:a", {"p": "urn:p"})
except SyntaxError as ex:
    print(type(ex).__name__, ex)

tree = ET.ElementTree(doc)
print(ids(tree.findall("group/item")), tree.find("item").text, tree.findtext("group/other"))
print(ids(tree.iterfind(".//item[@id='5']")), len(list(tree.iter("item"))), tree.getroot().tag)
e = ET.Element("e")
print(e.find("x"), e.findall("x"), e.findtext("x"), e.findtext("x", "d"))
ET.SubElement(e, "x")
print(repr(e.findtext("x")))
