import xml.etree.ElementTree as ET


def show(e):
    print(ET.tostring(e, encoding="unicode"))


doc = """<?xml version="1.0"?>
<!DOCTYPE library [
  <!ENTITY pub "Pub &#65;nd Co">
]>
<!-- leading comment -->
<library xmlns="urn:lib" xmlns:x="urn:extra" x:version='2' name="main &amp; only">
  <book id="b1" x:lang="en">
    <title>A &lt;Tale&gt; &amp; &quot;more&quot; &apos;q&apos;</title>
    <note><![CDATA[raw <markup> & stuff]]></note>
    <price cur="&#x20AC;">&#49;&#50;</price>
    <pub>&pub;</pub>
  </book>
  <?render mode="fast" ?>
  <x:extra>  spaced  </x:extra>
  <empty/>
</library>
<!-- trailing -->
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib)
for el in root.iter():
    print(repr(el.tag), el.attrib, repr(el.text), repr(el.tail))
show(root)

for src in ["<a>x\r\ny\rz</a>", "<a b='single' c=\"double\" d='mix\"ed' e=\"it's\"/>",
            "<a\n  b = \"1\"\n  c\t=\t'2'\n/>", "<a>&#65;&#x42;&#x1F600;</a>", "<a b=\"x\ty\nz&#10;&#9;\"/>",
            "<a>]</a>", "<a>]]</a>", "<a>text<b/>tail<!--c-->more<?p d?>end</a>",
            "<\u00e9l\u00e8ve nom=\"\u00e9\">\u00e7a</\u00e9l\u00e8ve>", "<a:b xmlns:a='u'><a:c a:d='1' e='2'/></a:b>",
            "<a xmlns='u1'><b xmlns='u2'><c/></b><d xmlns=''/><e/></a>", "<a xml:lang='fr'/>"]:
    r = ET.fromstring(src)
    print([(e.tag, e.attrib, e.text, e.tail) for e in r.iter()])

for data in [b'<a>\xc3\xa9</a>', b'\xef\xbb\xbf<a>bom</a>',
             b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9\xe8</a>',
             b"<?xml version='1.0' encoding='latin-1'?><a>\xff</a>",
             b'<?xml version="1.0" encoding="us-ascii"?><a>plain</a>',
             b'<?xml version="1.0" encoding="UTF-8"?><a>\xe2\x82\xac</a>',
             '<a>utf16 \u20ac</a>'.encode("utf-16"),
             '<?xml version="1.0" encoding="utf-16"?><a>x\u00e9</a>'.encode("utf-16"),
             '<a>be</a>'.encode("utf-16-be"),
             '<?xml version="1.0" encoding="windows-1252"?><a>\u20ac</a>'.encode("cp1252")]:
    try:
        r = ET.fromstring(data)
        print(repr(r.text))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(ET.fromstring('<?xml version="1.0" encoding="latin-1"?><a>\u00e9</a>').text)
print(ET.XML(b'<a>bytes</a>').text)

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
        self.log.append(("start-ns", prefix, uri))
    def end_ns(self, prefix):
        self.log.append(("end-ns", prefix))
    def close(self):
        return self.log

p = ET.XMLParser(target=Target())
p.feed('<a xmlns="u" xmlns:q="v" q:x="1">x\ny &amp; z&#65;<![CDATA[cd]]>w<!--c--><?pi  d e ?><q:b/>\r\nt</a>')
for item in p.close():
    print(item)

class OnlyStart:
    def start(self, tag, attrib):
        print("only start", tag)
p = ET.XMLParser(target=OnlyStart())
p.feed("<a><b>text</b><!--x--></a>")
print(p.close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<!--out--><a><!--in--><?pi data?>text</a><?after x?>")
r = p.close()
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text, e.tail) for e in r.iter()])
r = ET.fromstring("<a><!--in--><?pi data?>text</a>")
print(len(r), r.text)

tb = ET.TreeBuilder()
tb.start("root", {"a": "1"})
tb.data("hello ")
tb.data("world")
tb.start("child", {})
tb.end("child")
tb.data("tail")
print(tb.comment("cmt").text, tb.pi("t", "d").text)
tb.end("root")
show(tb.close())

def factory(tag, attrib):
    e = ET.Element(tag.upper(), attrib)
    return e
tb = ET.TreeBuilder(element_factory=factory)
p = ET.XMLParser(target=tb)
p.feed("<a><b/></a>")
show(p.close())

p = ET.XMLParser()
print(type(p.target).__name__, p.version.startswith("Expat"))
for piece in ["<ro", "ot a", "ttr='v", "al'>te", "xt &am", "p; mo", "re</r", "oot>"]:
    p.feed(piece)
show(p.close())
p = ET.XMLParser()
for ch in '<?xml version="1.0" encoding="utf-8"?><a b="\u00e9">\u00e9t\u00e9</a>'.encode("utf-8"):
    p.feed(bytes([ch]))
show(p.close())

root, ids = ET.XMLID('<a id="r"><b id="x"/><c/><d id="y">t</d></a>')
print(root.tag, sorted((k, v.tag) for k, v in ids.items()))
print(ET.tostring(ET.fromstringlist(["<a>", "text", "<b/>", "</a>"])))

p = ET.XMLParser()
p.entity["custom"] = "CUSTOM"
p.feed('<!DOCTYPE a SYSTEM "a.dtd"><a>&custom;</a>')
print(p.close().text)

class DT(ET.TreeBuilder):
    def doctype(self, name, pubid, system):
        print("doctype", name, pubid, system)
for d in ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://x/y.dtd"><html/>',
          '<!DOCTYPE a SYSTEM "a.dtd"><a/>', '<!DOCTYPE a><a/>', '<!DOCTYPE a [<!ELEMENT a ANY>]><a/>']:
    p = ET.XMLParser(target=DT())
    p.feed(d)
    print(p.close().tag)
