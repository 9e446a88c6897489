"""Differential checks of ElementTree's parser, tree building, find paths and
serialisation (tag and attribute scanning, text runs, escaping, encodings,
event queues, Element subclasses)."""

import io
import xml.etree.ElementTree as ET


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "!", type(e).__name__, e, getattr(e, "position", ""),
              getattr(e, "code", ""))
        return None
    print(label, "->", repr(r))
    return r


def tagname(t):
    return t.__name__ if callable(t) else t


def dump(e, depth=0):
    out = []
    def walk(x, d):
        out.append("%s%r %r text=%r tail=%r" % ("  " * d, tagname(x.tag),
                                                sorted(x.attrib.items()),
                                                x.text, x.tail))
        for k in x:
            walk(k, d + 1)
    walk(e, depth)
    return "\n".join(out)


DOCS = [
    '<a x="1" y=\'2\'>t<b/>u<c z = "3"\t/>v</a>',
    '<a\n  x="1"\n\ty = \'2\'  >t</a  >',
    '<a x="a>b" y="c=d">x</a>',
    '<a x="&lt;&amp;&#65;&#x42;" y=\'&gt;&quot;\'/>',
    '<a x="1\t2\n3"/>',
    '<a><b>1</b><b>2</b><b>3</b><c/><c/></a>',
    '<a>x]y</a>',
    '<a>x]]>y</a>',
    '<a>&amp;x&lt;y&#10;z</a>',
    '<a>line1\nline2\n</a>',
    '<a><![CDATA[<&]]]]></a>',
    '<a x="1" x="2"/>',
    '<a y=\'1\' y="2"/>',
    '<a x="&bogus;"/>',
    "<a x='&bogus;'/>",
    '<a x="&#0;"/>',
    "<a x='&#0;'/>",
    '<a x="&#;"/>',
    "<a x='a&b'/>",
    '<a></b>',
    '<ab></a>',
    '<a></ab>',
    '<a></a >',
    '<a></a x>',
    '<a><b></a>',
    '<a/><b/>',
    '<a x=1/>',
    '<a x="1"y="2"/>',
    '<a x = "1" / >',
    '<a xmlns="u" xmlns:p="v" p:q="1" r="2"><p:b/><c/></a>',
    '<a xmlns:p=""/>',
    '<p:a/>',
    '<a p:x="1"/>',
    '<a xmlns:p="v" xmlns:p="w"/>',
    '<!DOCTYPE a [<!ENTITY e "ent">]><a x="&e;">&e;</a>',
    '<?xml version="1.0"?><!-- c --><a><?pi data?><!--in-->t</a>',
    '<a>\u00e9\u4e2d<b \u00e9="\u00e8"/></a>',
    '<a><b></b></a>junk',
    '<a>',
    '<a x="1',
    '',
    '<a><b>text</b >tail</a>',
    '<a:b xmlns:a="n"></a:b>',
    '<a:b xmlns:a="n"></a:c>',
]


def parse_all():
    for i, d in enumerate(DOCS):
        r = show("str %d" % i, lambda: ET.tostring(ET.fromstring(d)))
        show("bytes %d" % i, lambda: ET.tostring(ET.fromstring(
            d.encode("utf-8"))))

        def chunked(size):
            p = ET.XMLParser()
            for j in range(0, len(d), size):
                p.feed(d[j:j + size])
            return dump(p.close())
        for size in (1, 2, 3, 7):
            r2 = show("chunk%d %d" % (size, i), lambda: chunked(size))
        if r is not None:
            print(dump(ET.fromstring(d)))


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def close(self):
        return self.log


def targets():
    doc = ('<a xmlns:p="u">one\ntwo&amp;three\n<p:b p:x="1">x\n</p:b>'
           '<!--c--><?p d?>tail\n</a>')
    for size in (len(doc), 1, 5):
        p = ET.XMLParser(target=Target())
        for j in range(0, len(doc), size):
            p.feed(doc[j:j + size])
        for entry in p.close():
            print(size, entry)

    class Sub(ET.TreeBuilder):
        def data(self, data):
            print("sub data", repr(data))
            super().data(data)
    p = ET.XMLParser(target=Sub())
    p.feed("<a>x\ny<b/>z</a>")
    print(dump(p.close()))

    class MyElem(ET.Element):
        pass
    tb = ET.TreeBuilder(element_factory=MyElem)
    p = ET.XMLParser(target=tb)
    p.feed('<a k="v"><b>t</b>u<c/></a>')
    root = p.close()
    print(type(root).__name__, [type(k).__name__ for k in root], dump(root))

    tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
    p = ET.XMLParser(target=tb)
    p.feed('<a>x<!--c-->y<?p q?>z<b/>w</a>')
    root = p.close()
    print(dump(root))

    tb = ET.TreeBuilder()
    show("tb start bad", lambda: tb.start("a", []))
    tb.start("a", {"k": "v"})
    tb.data("x")
    tb.data("y")
    tb.start("b", {})
    tb.end("b")
    tb.data("t")
    tb.end("a")
    show("tb second root", lambda: tb.start("c", {}))
    show("tb end empty", lambda: tb.end("c"))
    print(dump(tb.close()))
    e = ET.fromstring("<a/>")
    print(vars(e) == {"tag": "a", "attrib": {}, "_kids": []}
          if hasattr(e, "__dict__") else "no dict", list(vars(e)))


def events():
    doc = ('<a xmlns="u" xmlns:p="v"><p:b x="1"/><!--c--><?pi d?>'
           '<c>t</c></a>')
    for evs in (None, ("start",), ("end",), ("start", "end"),
                ("start", "end", "start-ns", "end-ns", "comment", "pi")):
        for size in (len(doc), 3):
            p = ET.XMLPullParser(evs)
            got = []
            for j in range(0, len(doc), size):
                p.feed(doc[j:j + size])
                for ev, v in p.read_events():
                    got.append((ev, v if isinstance(v, (tuple, type(None)))
                                else tagname(getattr(v, "tag", v))))
            p.close()
            got.extend((ev, getattr(v, "tag", v)) for ev, v in
                       p.read_events())
            print(evs, size, got)
    it = ET.iterparse(io.BytesIO(doc.encode()), ("start", "end"))
    print([(ev, el.tag) for ev, el in it], it.root.tag)
    it = ET.iterparse(io.BytesIO(b"<a><b></c></a>"), ("start", "end"))
    got = []
    try:
        for ev, el in it:
            got.append((ev, el.tag))
    except ET.ParseError as e:
        print("iterparse error", got, e, e.position, e.code)
    print(list(it), it.root)


def elements():
    d = {"x": "1"}
    e = ET.Element("a", **d)
    print(e.attrib, e.attrib is d, d)
    e2 = ET.Element("a", d)
    print(e2.attrib is d, e2.attrib)
    e3 = ET.Element("a", d, y="2")
    print(e3.attrib, d)
    e4 = ET.Element("a", attrib={"z": "3"}, w="4")
    print(e4.attrib)
    show("elem attrib kw bad", lambda: ET.Element("a", attrib=5))
    show("elem attrib bad", lambda: ET.Element("a", 5))
    s = ET.SubElement(e, "b")
    s2 = ET.SubElement(e, "c", k="v")
    s3 = ET.SubElement(e, "d", {"m": "n"}, o="p")
    s4 = ET.SubElement(e, "e", attrib={"q": "r"})
    print([(k.tag, k.attrib) for k in e], list(vars(s2)))
    show("sub bad", lambda: ET.SubElement(e, "f", 5))
    show("sub bad kw", lambda: ET.SubElement(e, "f", attrib=[]))
    show("sub parent", lambda: ET.SubElement(None, "f"))
    for idx in (0, 1, -1, -4, 4, -5, True, 2 ** 70):
        show("getitem %r" % (idx,), lambda: e[idx].tag)
    show("getitem str", lambda: e["x"])
    show("getitem slice", lambda: [k.tag for k in e[1:3]])
    show("append bad", lambda: e.append("x"))
    show("append None", lambda: e.append(None))
    print([k.tag for k in e], len(e))
    e.append(ET.Element("z"))
    print([k.tag for k in e])

    class Idx:
        def __index__(self):
            return 1
    show("getitem index", lambda: e[Idx()].tag)


def paths():
    root = ET.fromstring(
        '<r><a id="1"><b>x</b><c><b>y</b></c></a><a id="2"><b>z</b></a>'
        '<d xmlns="u"><e/></d></r>')
    for path in ("a", "b", ".//b", "a/b", "./a", ".//c/b", "a[@id='2']/b",
                 "*", ".//*", "a[2]", "..", ".//{u}e", "{u}d", "{*}d",
                 ".//b[.='y']", "a[b]", "a[last()]"):
        print(path, [getattr(x, "tag", x) for x in root.findall(path)],
              getattr(root.find(path), "tag", None), root.findtext(path),
              [x.tag for x in root.iterfind(path)])
    for path in ("/a", "a[", "a[@]", "a[0]"):
        show("bad path %s" % path, lambda: root.findall(path))
    print(root.find("b", {"x": "y"}),
          [x.tag for x in root.findall(".//e", {"": "u"})])
    print([x.tag for x in root.findall(b"a")] if False else "skip")


class Pretty(str):
    def __str__(self):
        return "STR"

    def __format__(self, spec):
        return "FMT"


class Writer:
    def __init__(self):
        self.calls = []

    def write(self, data):
        self.calls.append(data)


def serialise():
    root = ET.Element("root", {"a": 'q"<&>\r\n\t', "b": "plain"})
    root.text = "t<&>\"'"
    k = ET.SubElement(root, "kid")
    k.tail = "tail&<>"
    ET.SubElement(root, "empty")
    c = ET.Comment("a comment <&>")
    root.append(c)
    c.tail = "after comment"
    root.append(ET.PI("target", "data <&>"))
    n = ET.Element(None)
    n.text = "none-text&"
    ET.SubElement(n, "inner").text = "i"
    n.tail = "none-tail"
    root.append(n)
    q = ET.SubElement(root, ET.QName("urn:x", "qn"),
                      {ET.QName("urn:y", "at"): ET.QName("urn:x", "v")})
    q.text = "\u00e9\u20ac\ud800"
    deep = root
    for i in range(30):
        deep = ET.SubElement(deep, "d%d" % (i % 3))
    deep.text = "bottom"
    root.tail = "root tail"
    for enc in (None, "us-ascii", "utf-8", "UTF8", "unicode", "latin-1",
                "utf-16", "cp1252", "iso-8859-15"):
        show("tostring %s" % enc, lambda: ET.tostring(root, encoding=enc))
    show("tostring decl", lambda: ET.tostring(root, xml_declaration=True))
    show("tostring udecl", lambda: ET.tostring(root, encoding="unicode",
                                               xml_declaration=True))
    show("tostring long", lambda: ET.tostring(root,
                                              short_empty_elements=False))
    show("tostring html", lambda: ET.tostring(root, method="html"))
    show("tostring text", lambda: ET.tostring(root, method="text"))
    show("tostringlist", lambda: ET.tostringlist(root))
    show("tostringlist u", lambda: ET.tostringlist(root, encoding="unicode"))
    show("tostring bad enc", lambda: ET.tostring(root, encoding="nope"))
    show("tostring bad method", lambda: ET.tostring(root, method="nope"))
    show("default ns", lambda: ET.tostring(root, default_namespace="urn:x"))
    ns = ET.Element("{urn:x}a", {"{urn:y}b": "1"})
    ET.SubElement(ns, "{urn:x}c").text = "t"
    show("default ns ok", lambda: ET.tostring(ns, default_namespace="urn:x"))
    show("ns", lambda: ET.tostring(ns, encoding="unicode"))
    w = Writer()
    ET.ElementTree(root).write(w, encoding="unicode")
    print("writer unicode", w.calls)
    b = io.BytesIO()
    ET.ElementTree(root).write(b, encoding="utf-8", xml_declaration=True)
    print("write bytes", b.getvalue())
    for bad in (5, None, b"x"):
        e = ET.Element("a")
        e.text = bad
        show("bad text %r" % (bad,), lambda: ET.tostring(e))
        e = ET.Element("a", x=bad) if bad is not None else ET.Element("a")
        e.set("y", bad)
        show("bad attr %r" % (bad,), lambda: ET.tostring(e))
        e = ET.Element("a")
        e.tail = bad
        show("bad tail %r" % (bad,), lambda: ET.tostring(e))
        e = ET.Element(bad)
        show("bad tag %r" % (bad,), lambda: ET.tostring(e))
    e = ET.Element("a")
    e.text = 5
    show("html int text", lambda: ET.tostring(e, method="html"))
    e = ET.Element("script")
    e.text = 5
    show("html int script", lambda: ET.tostring(e, method="html"))
    show("text int", lambda: ET.tostring(e, method="text"))
    p = ET.Element(Pretty("pre"), {Pretty("k"): "v"})
    p.text = Pretty("x<")
    ET.SubElement(p, Pretty("kid")).tail = Pretty("t&")
    show("str subclass", lambda: ET.tostring(p, encoding="unicode"))
    c = ET.Comment(Pretty("c"))
    show("subclass comment", lambda: ET.tostring(c, encoding="unicode"))
    c = ET.Comment(7)
    show("int comment", lambda: ET.tostring(c, encoding="unicode"))
    nothing = ET.Element(None)
    show("nothing", lambda: ET.tostring(nothing, encoding="utf-16"))
    show("nothing u", lambda: ET.tostring(nothing, encoding="unicode"))

    class Odd(ET.Element):
        def __len__(self):
            return 0

        def items(self):
            return [("odd", "yes")]

        def __getitem__(self, i):
            return [ET.Element("g1"), ET.Element("g2")][i]
    o = Odd("odd")
    ET.SubElement(o, "real")
    show("odd", lambda: ET.tostring(o))
    o.text = "t"
    show("odd text", lambda: ET.tostring(o))
    e = ET.Element("a")
    e.attrib = [("x", "1")]
    show("list attrib", lambda: ET.tostring(e))


def escapes():
    for s in ("", "plain", "&", "<>", "a&b<c>d\"e'f", "\r\n\t", "x\ty",
              "&amp;", "\u00e9&"):
        e = ET.Element("a", v=s)
        e.text = s
        e.tail = s
        print(repr(s), ET.tostring(e, encoding="unicode"))


def roundtrip():
    root = ET.Element("root")
    for c in range(5):
        ch = ET.SubElement(root, "child-%d" % c, tag_type="child")
        for i in range(4):
            ET.SubElement(ch, "sub").text = "LEAF-%d-%d" % (c, i)
    data = ET.tostring(root)
    again = ET.tostring(ET.fromstring(data))
    print(data == again, len(data), data[:120])
    f = io.BytesIO()
    ET.ElementTree(root).write(f)
    f.seek(0)
    print(ET.tostring(ET.parse(f).getroot()) == data)
    events = [(ev, el.tag) for ev, el in
              ET.iterparse(io.BytesIO(data), ("start", "end"))]
    print(len(events), events[:6])


def fallbacks():
    """Trees that start simple and stop being so late."""
    def base():
        r = ET.Element("r", a="1&")
        for i in range(3):
            k = ET.SubElement(r, "k%d" % i, v="<%d>" % i)
            k.text = "t%d&" % i
            k.tail = "\n"
        return r
    for label, spoil in (
            ("none", lambda r: None),
            ("int text", lambda r: setattr(r[2], "text", 7)),
            ("int tail", lambda r: setattr(r[2], "tail", 7)),
            ("int attr", lambda r: r[2].set("x", 7)),
            ("int key", lambda r: r[2].set(7, "x")),
            ("qname value", lambda r: r[2].set("q", ET.QName("urn:z", "v"))),
            ("ns tag", lambda r: ET.SubElement(r[2], "{urn:z}n")),
            ("ns key", lambda r: r[2].set("{urn:z}k", "v")),
            ("bad ns", lambda r: ET.SubElement(r[1], "{urn:z")),
            ("comment", lambda r: r[1].append(ET.Comment("c"))),
            ("pi", lambda r: r[1].append(ET.PI("p", "q"))),
            ("none tag", lambda r: r[1].append(ET.Element(None))),
            ("subclass", lambda r: r[1].append(type("E2", (ET.Element,),
                                                    {})("e2"))),
            ("list attrib", lambda r: setattr(r[1], "attrib", [("a", "b")])),
            ("int tag", lambda r: ET.SubElement(r[1], 5)),
            ("curly inside", lambda r: ET.SubElement(r[1], "a{b}")),
            ("empty tag", lambda r: ET.SubElement(r[1], ""))):
        r = base()
        spoil(r)
        for kw in ({}, {"xml_declaration": True}, {"encoding": "unicode"},
                   {"encoding": "utf-16"}, {"short_empty_elements": False},
                   {"default_namespace": "urn:d"}):
            show("fallback %s %s" % (label, sorted(kw)),
                 lambda: ET.tostring(r, **kw))
        show("fallback list %s" % label, lambda: ET.tostringlist(r))


parse_all()
fallbacks()
targets()
events()
elements()
paths()
serialise()
escapes()
roundtrip()
