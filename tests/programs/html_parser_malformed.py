# html.parser.HTMLParser on malformed input, raw-text elements, marked
# sections, declarations, reset() and the AssertionErrors it raises.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def show(src, cc=True):
    p = Recorder(convert_charrefs=cc)
    try:
        p.feed(src)
        p.close()
    except Exception as e:
        p.events.append(('raised', type(e).__name__, str(e)))
    print(repr(src), cc, p.events)


CASES = [
    '<', '<a', '<a b', '</a', '</', '</>', '<>', '< a>', '<1>', 'a < b > c',
    '<!', '<!--', '<!-->', '<!--->', '<!---->', '<!-- a -- >b', '<!--a--!>',
    '<!x>', '<!>', '<! doctype>', '<!DocType html SYSTEM "x">', '<!doctype',
    '<?', '<?xml version="1.0"?>', '<?x', '</ x y="z">', '</a b>', '</a\n>',
    '</$>', '</ >', '<a/b/c>', '<a b=c/>', '<a b="c"/ >', '<a b="c"d=e>',
    "<a b='c' 'd'>", '<a =b>', '<a b==c>', '<a b=="c">', '<a b="c>',
    '<a\tb\nc\rd\x0ce>', '<a\x0bb>', '<a$%^>', '<A:B.C-D>', '<p >x</P >',
    '<script>a<b</script>', '<SCRIPT>x</script >y', '<style>a</styles>b</style>',
    '<script>never closed', '<script></scrip', '<style><!-- x --></style>',
    '<script>&amp;</script>&amp;', '<textarea>&amp;<b></textarea>',
    '<![CDATA[a]]>', '<![cdata[a] ]>', '<![if !IE]>x<![endif]>', '<![temp[x]]>',
    '<![ignore[ x ] ]>', '<![foo[x]]>', '<![ x]>', '<![', '<![if',
    '&', '&#', '&#;', '&#x;', '&#xZ;', '&#12', '&a', '&ab', '&a b', '&;',
    '&#65&#66', '&amp&lt', '&amp;amp;', '&#0;&#x110000;&#xd800;&#128;',
]
for case in CASES:
    show(case)
    show(case, cc=False)

# a subclass may add raw-text elements
class Raw(Recorder):
    CDATA_CONTENT_ELEMENTS = ('script', 'style', 'xmp')

p = Raw()
p.feed('<xmp><b>&amp;</b></XMP><b>')
p.close()
print(p.events, p.cdata_elem)

# reset() forgets buffered input
p = Recorder()
p.feed('<a href="x')
print(repr(p.rawdata), p.getpos())
p.reset()
p.feed('<b>ok</b>')
p.close()
print(p.events, repr(p.rawdata), p.lasttag)

# close() more than once, feeding after close
p = Recorder()
p.feed('a &amp')
p.close()
p.close()
p.feed('<i>more')
p.close()
print(p.events)

# unknown_decl and the other handlers do nothing by default
plain = HTMLParser()
plain.feed('<![CDATA[x]]><!-- c --><?p?><!DOCTYPE x><a>t</a>&amp;')
plain.close()
print(repr(plain.rawdata), plain.getpos(), plain.lasttag)
