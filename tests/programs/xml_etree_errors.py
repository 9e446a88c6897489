import xml.etree.ElementTree as ET

cases = ["<a><b></a>", "<a", "<a>&</a>", "<1a/>", "<a/>junk", "<a/><b/>", "", "   ", "<a>", "<a>&foo;</a>",
         '<a x="1" x="2"/>', "<p:a/>", "<a p:x='1'/>", "<a><!-- x", "<a><![CDATA[x", "<a b=1/>", "<a>\n <b>\n</c></a>",
         ' <?xml version="1.0"?><a/>', "<a>&#0;</a>", "<a>&#xZZ;</a>", '<a attr="<"/>', "<a>x</a >", "<a>x</ a>",
         '<a b="1"c="2"/>', "<a>\u00e9<b></c></a>", "<a>]]></a>", "<a><?xml x?></a>", "<a>x", "<a><b>", "<?pi",
         "<!-- -- --><a/>", '<a\n  b="1"\n  c/>', "x<a/>", "&amp;<a/>", "<a/>&amp;", "<a/><!DOCTYPE a>",
         "<a xmlns:p=''/>", "<a>&am", "<!-- a --->", "<a/>\n\n  <", "<a>&#1114112;</a>", "<a/ >", "</a>",
         "<a></b >", ">", "<!DOCTYPE a><!DOCTYPE a><a/>", "<a/><![CDATA[x]]>", "<![CDATA[x]]><a/>", "<a>&#65</a>",
         "<a>& </a>", '<a b="&x;"/>', "<a>\x01</a>", "<r>\n  <a>\n    <b>text</b>\n  </a>\n  <c>\n</r>"]
for c in cases:
    try:
        r = ET.fromstring(c)
        print(repr(c), "OK", ET.tostring(r))
    except ET.ParseError as e:
        print(repr(c), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))
for c in [b"<a>\xc3\xa9<b></c></a>", b"<a>\xff</a>", b"<a>ok\xe9</a>", b'<?xml version="1.0" encoding="ascii"?><a>\xe9</a>']:
    try:
        r = ET.fromstring(c)
        print(repr(c), "OK", ET.tostring(r))
    except ET.ParseError as e:
        print(repr(c), "|", e, "|", e.code, e.position)
try:
    ET.fromstring(b'<?xml version="1.0" encoding="no-such-codec"?><a/>')
except LookupError as e:
    print(type(e).__name__, e)
p = ET.XMLParser()
p.feed("<a>")
p.feed("<b>")
try:
    p.feed("</c>")
except ET.ParseError as e:
    print(e, e.position)
p = ET.XMLParser()
p.feed("<a>\n<b/>\n")
try:
    p.close()
except ET.ParseError as e:
    print(e, e.code)
err = ET.ParseError("custom")
print(type(err).__mro__[1].__name__, str(err))
