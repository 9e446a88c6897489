# HTMLParser: subclass hooks, positions, CDATA elements, reset and buffering.
from html.parser import HTMLParser


class Rec(HTMLParser):
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)

    def _add(self, *what):
        self.log.append(what + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self._add('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self._add('end', tag)

    def handle_data(self, data):
        self._add('data', data)

    def handle_entityref(self, name):
        self._add('entity', name)

    def handle_charref(self, name):
        self._add('charref', name)

    def handle_comment(self, data):
        self._add('comment', data)

    def handle_decl(self, decl):
        self._add('decl', decl)

    def handle_pi(self, data):
        self._add('pi', data)

    def unknown_decl(self, data):
        self._add('unknown', data)


def show(src, chunks=None, **kw):
    p = Rec(**kw)
    try:
        for piece in chunks or [src]:
            p.feed(piece)
            p.log.append(('fed', repr(p.rawdata)))
        p.close()
    except Exception as e:
        p.log.append(('raised', type(e).__name__, str(e)))
    print(repr(src), kw)
    for entry in p.log:
        print('   ', entry)
    return p


show('<P CLASS="A" Id=b DATA-x = "1&amp;2" checked>x</P>')
show('<a href=/x?a=1&b=2 title=\'it&#39;s\' data=&lt;&gt;>link</a>')
show('<a b="&notin; &notit; &amp &#x26; &#38">')
show('a &amp; b &lt c &#65; &#x42; &unknown; &#xZZ; & end', convert_charrefs=False)
show('a &amp; b &lt c &#65; &#x42; &unknown; &#xZZ; & end', convert_charrefs=True)
show('line1\nline2 <b>\n<i>x</i>\n</b>\n<!-- c\nd -->tail')
show('<script type="text/javascript">if (a<b && c>d) { s = "<b>x</b>"; }</script>after')
show('<STYLE>p { x: "</p>" }</style ><script></SCRIPT>')
show('<script>var a = "&amp;";</script>', convert_charrefs=False)
show('<!DOCTYPE html><!doctype x><?xml version="1.0"?><![CDATA[ <x> ]]><!-- -->')
show('<![if !supportLists]>x<![endif]>')
show('<br/><br /><img src=x />< p>< /p></>')
show('text then <b', chunks=['text then <', 'b'])
show('a<b c="d', chunks=['a<b c="d'])
show('<a>x &am', chunks=['<a>x &am', 'p; y'])
show('<a>x &am', chunks=['<a>x &am', 'p; y'], convert_charrefs=False)
show('<scr', chunks=['<scr', 'ipt>x<', '/scr', 'ipt>y'])
show('', chunks=['<!-', '- c -', '->', '<!DOC', 'TYPE html>', '<?p', 'i?>'])
show('unfinished <!-- comment')
show('unfinished <?pi')
show('unfinished <!DOCTYPE')
show('unfinished &#')
show('& &; &# &#; &x')
show('& &; &# &#; &x', convert_charrefs=False)

p = Rec()
p.feed('<a href="1">one')
print(p.getpos(), p.get_starttag_text(), repr(p.rawdata), p.lasttag)
p.reset()
print(p.getpos(), repr(p.rawdata), p.lasttag)
p.feed('<b>two</b>')
p.close()
print(p.log[-3:])


class Upper(HTMLParser):
    CDATA_CONTENT_ELEMENTS = ('xmp',)

    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_endtag(self, tag):
        print('end', tag)


u = Upper()
u.feed('<xmp><b>&amp;</b></xmp><script><b></b></script>')
u.close()

base = HTMLParser()
base.feed('<a>x</a><!-- y --><?z><!DOCTYPE q>')
base.close()
print('plain parser ok', base.convert_charrefs, HTMLParser(convert_charrefs=False).convert_charrefs)
try:
    HTMLParser(False)
except TypeError as e:
    print(type(e).__name__, e)
