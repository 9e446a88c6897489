# html.parser.HTMLParser: events for well-formed documents, attributes,
# case folding, character references, positions and get_starttag_text.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text()))

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


def show(src, **kw):
    p = Recorder(**kw)
    p.feed(src)
    p.close()
    print(repr(src), kw or '')
    for ev in p.events:
        print('   ', ev)


DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>T&amp;C</title>
<style>p > a { color: red }</style></head>
<body class=main>
<!-- a comment -->
<p id='x'>Hello <b>world</b>&nbsp;&#169;&#x263a;!<br/>
<img src="a.png" alt="" ismap>
<?php echo 1 ?>
<script>if (a < b && c > d) { x = "</p>"; }</script>
</body></html>"""

show(DOC)
show(DOC, convert_charrefs=False)

# attributes: quoting, missing values, duplicates, case folding, references
show('<A HREF="X" Title=\'Y\' data-Z=3 checked DISABLED c=d c=e>')
show('<a href="?a=1&amp;b=2&lt;&#62;&copy" x=&quot;bare&quot; y="&unknown;">')
show('<input value = "spaced"   name  =  n  >')
show("<a b='it\"s' c=\"it's\" d=>")
show('<a b="x" /><br /><hr/>')
show('<div/><p/ >')
show('<svg:rect width=1></svg:rect>')

# references in text
show('a &amp; b &lt;c&gt; &#65;&#x42;&#X43; &copy2023 &notit; &unknown; & x')
show('a &amp; b &lt;c&gt; &#65;&#x42;&#X43; &copy2023 &notit; &unknown; & x',
     convert_charrefs=False)

# getpos and lasttag
class Pos(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, self.getpos())

    def handle_endtag(self, tag):
        print('end', tag, self.getpos())

    def handle_data(self, data):
        print('data', repr(data), self.getpos())

p = Pos()
p.feed('<a>\nline two\n  <b\nc="1">x</b>\n</a>')
p.close()
print(p.getpos(), p.lasttag)

# the default handle_startendtag calls handle_starttag and handle_endtag
class Plain(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('S', tag, attrs)

    def handle_endtag(self, tag):
        print('E', tag)

Plain().feed('<br clear=all/>')
print(HTMLParser().get_starttag_text())
print(HTMLParser.CDATA_CONTENT_ELEMENTS)
h = HTMLParser(convert_charrefs=False)
print(h.convert_charrefs, repr(h.rawdata), h.lasttag, h.cdata_elem, h.getpos())
try:
    HTMLParser(False)
except TypeError as e:
    print(type(e).__name__)
