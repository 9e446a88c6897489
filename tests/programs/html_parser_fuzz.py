# Random markup, fed whole and one character at a time, with and without convert_charrefs.
import random
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('s', t, a, self.get_starttag_text(), self.getpos()))
    def handle_startendtag(self, t, a): self.ev.append(('se', t, a, self.getpos()))
    def handle_endtag(self, t): self.ev.append(('e', t, self.getpos()))
    def handle_data(self, d): self.ev.append(('d', d))
    def handle_entityref(self, n): self.ev.append(('er', n))
    def handle_charref(self, n): self.ev.append(('cr', n))
    def handle_comment(self, d): self.ev.append(('c', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('ud', d))
def merged(ev):
    out = []
    for e in ev:
        if e[0] == 'd' and out and out[-1][0] == 'd':
            out[-1] = ('d', out[-1][1] + e[1])
        else: out.append(e)
    return out
rnd = random.Random(3)
bits = ['<', '>', '/', '<a', '<B x=1', ' y="q>"', " z='&amp;'", ' w', '</a>', '</B >', '<!--', '-->', '<!', '<!DOCTYPE html>', '<?', '?>', '&', '&amp;', '&#65;', '&#x41', '&lt', 'text', '\n', ' ', '<script>', '</script>', '<style>', '</STYLE>', '<![CDATA[', ']]>', '=', '"', "'", '<br/>', '&nbsp;x', '&#', '&#x;', '</>', '</ a>', '<a/b>', '<![if x]>']
for n in range(350):
    s = ''.join(rnd.choice(bits) for _ in range(rnd.randrange(1, 10)))
    for cc in (True, False):
        p = P(convert_charrefs=cc)
        try:
            p.feed(s); p.close(); whole = p.ev
        except Exception as e:
            whole = [type(e).__name__, str(e)]
        q = P(convert_charrefs=cc)
        try:
            for ch in s: q.feed(ch)
            q.close(); pieces = q.ev
        except Exception as e:
            pieces = [type(e).__name__, str(e)]
        print(repr(s), cc, whole)
        print('   ', merged(pieces) if not pieces or isinstance(pieces[0], tuple) else pieces)
