import copy
import xml.etree.ElementTree as ET


def show(e):
    print(ET.tostring(e, encoding="unicode"))


root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, root.attrib, root.text, root.tail, len(root))
c1 = ET.SubElement(root, "c1", x="y")
c1.text = "hello"
c1.tail = "\n"
c2 = ET.SubElement(root, "c2", {"k": "v"})
c3 = root.makeelement("c3", {})
root.append(c3)
root.insert(0, ET.Element("first"))
root.extend([ET.Element("e1"), ET.Element("e2")])
show(root)
print([e.tag for e in root], len(root), root[1].tag, root[-1].tag)
print([e.tag for e in root[1:3]], [e.tag for e in root[::2]])
del root[0]
print([e.tag for e in root])
root[0] = ET.Element("replaced")
root[1:3] = [ET.Element("s1"), ET.Element("s2"), ET.Element("s3")]
print([e.tag for e in root])
del root[-2:]
print([e.tag for e in root])
root.remove(root[0])
print([e.tag for e in root])
for bad in [lambda: root.append("x"), lambda: root.insert(0, 1), lambda: root.extend([None]),
            lambda: root.remove(ET.Element("zz")), lambda: root[10], lambda: root.__setitem__(10, ET.Element("q")),
            lambda: ET.Element("a", "b"), lambda: ET.SubElement(None, "a"), lambda: ET.SubElement(root, "a", 5),
            lambda: root.__setitem__(slice(0, 1), [1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

e = ET.Element("item")
print(e.get("missing"), e.get("missing", "dflt"))
e.set("z", "26")
e.set("a", "1")
print(list(e.keys()), list(e.items()), e.attrib)
e.text = "t"
e.tail = "tail"
ET.SubElement(e, "child")
e.clear()
print(e.attrib, e.text, e.tail, len(e))

tree = ET.Element("top")
for i in range(3):
    s = ET.SubElement(tree, "sec", n=str(i))
    s.text = "S%d" % i
    s.tail = "-%d-" % i
    for j in range(2):
        ET.SubElement(s, "p").text = "p%d%d" % (i, j)
tree.append(ET.Comment("a comment"))
tree.append(ET.PI("target", "data"))
print([x.tag for x in tree.iter() if isinstance(x.tag, str)])
print([x.get("n") for x in tree.iter("sec")])
print(len(list(tree.iter("*"))), len(list(tree.iter("p"))))
print(list(tree.itertext()))
print("".join(tree[0].itertext()))

cp = copy.copy(tree)
print(cp is tree, cp[0] is tree[0], len(cp), cp.attrib == tree.attrib)
dp = copy.deepcopy(tree)
print(dp[0] is tree[0], ET.tostring(dp) == ET.tostring(tree))
dp[0].text = "changed"
print(tree[0].text, dp[0].text)

print(ET.iselement(tree), ET.iselement("x"), ET.iselement(ET.Comment("c")))
c = ET.Comment("text")
print(c.tag is ET.Comment, c.text)
p = ET.ProcessingInstruction("tgt", "some data")
print(p.tag is ET.PI, p.text, ET.PI("only").text)

q = ET.QName("http://ex.com", "name")
print(q.text, str(q), repr(q), q == "{http://ex.com}name", q == ET.QName("{http://ex.com}name"))
print(hash(q) == hash("{http://ex.com}name"), ET.QName("b") < ET.QName("c"), ET.QName("b") > "a")
qe = ET.Element(q)
qe.set(ET.QName("http://ex.com", "attr"), "v")
show(qe)

class MyElement(ET.Element):
    pass

m = MyElement("m")
print(type(m.makeelement("x", {})).__name__, type(ET.SubElement(m, "y")).__name__)
print(len(m), m[0].tag)
print(ET.VERSION)
