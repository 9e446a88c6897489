import xml.etree.ElementTree as ET
cases = ["not xml", "x", "  abc<a/>", "\nfoo<a/>", "123", "1abc", "-x", ".x", "_x", ":x", "é", "\u00b7x", "&", "&amp;<a/>", ">", "]", "]]>", "=", "\"x\"", "'x'", "(x)", "%x", "#x", "[", "x y z", "<?xml version='1.0'?>junk<a/>", "<?xml version='1.0'?>\njunk", "<!-- c -->text<a/>", "<!DOCTYPE a>text<a/>", "<a/>junk", "<a/>  x", "<a/>&", "<a/>>", "\t\tabc", "a<", "ab", "", "   ", "x\n<a/>", "?", "/", ";", "*", "@", "!", ",", "$", "{", "|", "~", "\\", "+", "`", "^", "0", "9x", "\u3042", "\u2000", "\u00a0"]
for c in cases:
    try:
        ET.fromstring(c); print(repr(c), 'ok')
    except ET.ParseError as e:
        print(repr(c), e.code, e.position, e)
# incremental
for pieces in (["no", "t xml"], ["  ", "x"], ["x"], ["ab", "c<a/>"], ["<a/>", "junk"]):
    p = ET.XMLParser()
    try:
        for q in pieces: p.feed(q)
        p.close(); print(pieces, 'ok')
    except ET.ParseError as e:
        print(pieces, e.code, e.position, e)

# ---- more token shapes before and after the root
cases = [":+", "x:", "x: ", "x:y", "x:+", "x:y:z ", "a+", "1+", "a*b", "a?", "-+", "))", ")x", ")", ") ", "]]", "]]x", "]x", "]", "\"x", "\"x\"y", "\"x<y\" ", "'a'>", "%", "%x;", "%x y", "% ", "%%", "%1", "#", "#1", "#x y", "#x)", "#x<", "x\u0301y", "\u0301", "\u00c0", "\u0660", "a\u0660", "x\u2000", "\ufeffx", "ab\u00d7",
         "<a/>ab<", "<a/>x&", "<a/>\"x", "<a/>)x", "<a/>%", "<a/>%x", "<a/>#", "<a/>]]", "<a/>x:", "<a/> a+", "<a/>1+", "<a/>'q'", "<a/>'q'x", "<a/>x y", "<a/>\n\u2000"]
for c in cases:
    try:
        ET.fromstring(c); print(repr(c), 'ok')
    except ET.ParseError as e:
        print(repr(c), e.code, e.position, e)
for pieces in (["<a/>", "junk"], ["<a/>ju", "nk"], ["<a/>\"ab", "c\""], ["<a/>%", "x"], ["x", ":", "y"], ["'a", "b'", " "], ["  ab", "c"], ["<a/>]", "]>"], ["]", "]>"], ["ab", "<"], ["<?xml version='1.0'?>", "junk", "<a/>"]):
    p = ET.XMLParser()
    try:
        for i, q in enumerate(pieces):
            p.feed(q)
        p.close(); print(pieces, 'ok')
    except ET.ParseError as e:
        print(pieces, 'at feed', i, e.code, e.position, e)

# ---- byte order marks
cases = ['\ufeff<a/>', '\ufeff', ' \ufeff<a/>', '\ufeffx', '<a/>\ufeff', '\ufeff\ufeff<a/>', '\ufeff<?xml version="1.0"?><a/>', '\ufeff<a>&</a>', '\ufeff<a/>x', '\ufeff\n<a/>x', '\ufeff<a>\ufeff</a>',
         b'\xef\xbb\xbf<a/>', b'\xef\xbb\xbfx', b'\xef\xbb\xbf<a/>x', '<a/>x'.encode('utf-16'), 'x'.encode('utf-16'), '\ufeff<a/>x'.encode('utf-8'), b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><a/>']
for c in cases:
    try: r = ET.fromstring(c); print(repr(c), r.tag, repr(r.text))
    except ET.ParseError as e: print(repr(c), e.code, e.position)
for pieces in (['\ufeff', '<a/>'], ['\ufeff', 'x'], [b'\xef', b'\xbb\xbfx'], ['', '\ufeff<a/>x']):
    p = ET.XMLParser()
    try:
        for q in pieces: p.feed(q)
        print(pieces, p.close().tag)
    except ET.ParseError as e: print(pieces, e.code, e.position)
