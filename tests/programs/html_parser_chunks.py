# html.parser.HTMLParser fed in pieces: one character at a time and split at
# every position; the exact data events (CPython splits text differently
# depending on where a feed stops) and what stays buffered.
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


def run(pieces, **kw):
    p = Recorder(**kw)
    for piece in pieces:
        p.feed(piece)
    before_close = len(p.events), p.rawdata
    p.close()
    return p.events, before_close


DOCS = [
    '<p class="a b">Fish &amp; chips &#8364;5</p>',
    '<!DOCTYPE html><title>x&lt;y</title><!-- c --><?pi?>',
    '<script>var s = "<b>" + a</b;</script>tail &copy',
    '<a href=x&amp;y>t</a ><br/>&#x26;&z',
    '<![CDATA[raw <stuff>]]>text<!bogus>more</ bad>',
]

for doc in DOCS:
    for cc in (True, False):
        events, pending = run(list(doc), convert_charrefs=cc)
        print('one char at a time', cc, repr(doc))
        for ev in events:
            print('   ', ev)
        print('    pending before close:', pending)

# split at every position: print only the splits giving distinct results
for doc in DOCS[:4]:
    for cc in (True, False):
        seen = {}
        for cut in range(len(doc) + 1):
            events, _ = run([doc[:cut], doc[cut:]], convert_charrefs=cc)
            seen.setdefault(repr(events), []).append(cut)
        print('splits of', repr(doc), cc, '->', len(seen), 'distinct')
        for key, cuts in seen.items():
            print('   ', cuts[:6], key[:150])

# what is held back by feed() until more input (or close()) arrives
for text in ['abc &am', 'abc &amp', 'abc &amp;', 'x &', 'x &#', 'x &#3',
             'x <', 'x <a', 'x <a href="y', 'x </b', 'x <!--', 'x <!-- y --',
             'x <!DOCTYPE', 'x <?pi', 'x <![CDATA[y', '&' + 'a' * 40]:
    for cc in (True, False):
        p = Recorder(convert_charrefs=cc)
        p.feed(text)
        print(repr(text), cc, p.events, repr(p.rawdata), end=' | ')
        p.close()
        print(p.events[-2:], repr(p.rawdata))
