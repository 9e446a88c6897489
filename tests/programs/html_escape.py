import html

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(html.__all__)
t('esc', lambda: html.escape('<a href="x">Tom & \'Jerry\'</a>'))
t('esc noquote', lambda: html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
t('esc amp first', lambda: html.escape('&lt; &amp;'))
t('esc empty', lambda: html.escape(''))
t('esc bytes', lambda: html.escape(b'<'))
t('esc int', lambda: html.escape(3))

samples = [
    'no refs at all',
    '&amp; &lt; &gt; &quot; &apos; &#39; &#x27;',
    '&amp &lt &gt &quot &copy2020 &notit; &notin; &not',
    '&ampx &amp;x &AMP; &AMP &Amp;',
    '&eacute;&Eacute&eacutex &eacute',
    '&unknown; &unknown &; & &&amp;',
    '&#65;&#x41;&#X41;&#0065 &#x4a &#6x',
    '&#0; &#x0; &#13; &#9; &#10; &#12; &#11; &#1; &#x7f; &#128; &#x80; &#129; &#x9f;',
    '&#xd800; &#xDFFF; &#x110000; &#99999999999999999999; &#x10FFFF; &#x10FFFD;',
    '&#xfdd0; &#xfdef; &#xfdcf; &#xfffe; &#xffff; &#x1fffe; &#x2ffff; &#xfffd;',
    '&#; &#x; &#xg; &#-1; &# 65;',
    '&nbsp;&nbsp&NewLine;&Tab;|',
    '&acE; &bne; &NotEqualTilde; &fjlig;',
    '&' + 'a' * 40 + ';',
    '&aacute' * 3,
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&centerdot; &cent; &centx',
    '&#x1F600; &#128512;',
    'tab&\tnot &\nnl &<x',
]
for s in samples:
    t('unesc', lambda: html.unescape(s))

# every numeric reference below 0x10000, summarised
total = 0
empty = []
changed = 0
for n in range(0x10000):
    r = html.unescape('&#%d;' % n)
    total += sum(map(ord, r)) * (n % 7 + 1)
    if r == '':
        empty.append(n)
    elif r != chr(n):
        changed += 1
print(total, len(empty), empty[:10], empty[-5:], changed)
hexed = ''.join(html.unescape('&#x%x' % n) for n in range(0x70, 0xa5))
print(repr(hexed))
print(html.escape(html.unescape('&lt;&gt;&amp;&quot;&#x27;')))
print(html.unescape(html.escape('<"\'&>')))
