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
        print("EXC", type(e).__name__, R(str(e)))
def dump(n, d=0):
    print("  "*d + R(n), n.nodeType, repr(n.nodeName), repr(n.nodeValue), [(a.name, a.value, a.namespaceURI, a.prefix, a.localName) for a in n.attributes.values()] if n.attributes else (None if n.attributes is None else 'emptymap'), getattr(n, 'namespaceURI', '-'), getattr(n, 'prefix', '-'), getattr(n, 'localName', '-'))
    for c in n.childNodes:
        dump(c, d+1)
docs = [
 '<a/>',
 '<a>text</a>',
 '<?xml version="1.0"?><a x="1" y=\'2\'>t &amp; &lt; &gt; &quot; &apos; &#65; &#x42;</a>',
 '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<!-- c1 -->\n<?pi data here?>\n<root>\n  <child attr="v&amp;&lt;&quot;"/>\n  <![CDATA[<raw> & stuff]]>\n  text\n</root>\n<!-- after -->\n',
 '<a xmlns="http://default" xmlns:p="http://p"><p:b p:at="1" at2="2"/><c/></a>',
 '<!DOCTYPE root SYSTEM "foo.dtd"><root/>',
 '<!DOCTYPE root PUBLIC "-//X//Y" "http://x/y.dtd"><root/>',
 '<!DOCTYPE root [<!ELEMENT root (#PCDATA)><!ENTITY e "ent">]><root>&e;</root>',
 '<a>x<![CDATA[y]]>z</a>',
 '<a>x<![CDATA[]]>z</a>',
 '<a attr="a\tb\nc  d&#10;e"/>',
 '<a>line1\r\nline2\rline3</a>',
 '<a><b>1</b><b>2</b><c><b>3</b></c></a>',
 '<a>\xe9\u20ac</a>',
 '<?xml version="1.0" encoding="latin-1"?><a>x</a>',
]
for s in docs:
    print("=== ", repr(s))
    try:
        d = minidom.parseString(s)
    except Exception as e:
        print("EXC", type(e).__name__, e); continue
    dump(d)
    print(repr(d.toxml()))
    print(repr(d.toxml("utf-8")))
    print(repr(d.toprettyxml()))
    print(repr(d.toprettyxml(indent="  ", newl="\n")))
    print(repr(d.documentElement.toxml()))
    print(d.doctype and (d.doctype.name, d.doctype.publicId, d.doctype.systemId, d.doctype.internalSubset))
for s in [b'<a>\xc3\xa9</a>', b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>', '<a/>'.encode('utf-16')]:
    t(lambda: minidom.parseString(s).toxml())
bad = ['', '<a>', '<a></b>', '<a/><b/>', 'text', '<a>&undefined;</a>', '<a x="1" x="2"/>', '<a x=1/>', '<a><!-- x -- y --></a>', '<a>]]></a>', '<a', '< a/>', '<a>&#0;</a>', '<1a/>', '<a b="<"/>', '<a>\x01</a>',
       '<a:b/>', '<a xmlns:p="u"><p:b/></a>', '<p:b/>', '<a xmlns:p=""/>']
for s in bad:
    t(lambda: minidom.parseString(s).toxml())
