# Searches whose pattern holds a run of known characters a bounded distance after the
# start of every match (a literal after an optional character, alternatives position by
# position, fixed repeats, groups, lookarounds): every search form, positions and ends,
# empty matches next to them, case folding, bytes, Latin-1 and wider text.
import random
import re

rng = random.Random(1234)

texts = [
    'the cat sat on the mat; "\\/Qngr(12)\\/" and "\\/Qngr(-3)\\/" x"\\/Qngr(7)\\/"',
    'agggtaaacgttttaccctgggtaaatttacccaagggtaatagggtaacttttacccagggtaaa',
    'a;b ; c;;d; e ;f\n;\nab;cd',
    'Caf\xe9 na\xefve \xc9t\xe9 \xe0 la cr\xe8me br\xfbl\xe9e; CAF\xc9!',
    'x\u0100y\u0101xyz \u03b1\u03b2\u03b3 abc\u2028def',
    'aaa bbb aaab abab baba ' * 3,
    '',
    'q',
    'we use Python, Perl; a1,b22,c333, ababc abababc x0,y9, Tcl\nPython!',
]

patterns = [
    r'(^|[^\\])"\\/Qngr\((-?[0-9]+)\)\\/"',
    r'agggtaaa|tttaccct',
    r'[cgt]gggtaaa|tttaccc[acg]',
    r'agggtaa[cgt]|[acg]ttaccct',
    r'\s?;\s?',
    r'\b\w+\b',
    r'(?:^|;)\s*b',
    r'a{3}b',
    r'(a|bb)c?ab',
    r'x?y?ab',
    r'(?<=a)b',
    r'(?<!a)b',
    r'(?=ab)a',
    r'.a.b',
    r'(?s).\n;',
    r'[^ ]ab',
    r'(?i)caf\xe9',
    r'(?i)\xe9t\xc9',
    r'(?i)ab|BA',
    r'\u0100y',
    r'y\u0101',
    r'\d+\)',
    r'(?m)^;',
    r'(?m);$',
    r'a*b{2}',
    r'(ab|ba)+',
    r'(?:aa|b)(?:ab|ba)',
    r'(a)(b)?ab',
    r'[ab][ab][ab]\b',
    r'\Bab',
    r'(?x) a b  # spaced',
    r'(?>a|ab)b',
    r'a++b',
    r'(x)?(?(1)y|ab)',
    r'(a)\1b',
    r'',
    r'b*',
    r'(?:[a-z][a-z0-9]*,)+',
    r'([0a-z][a-z0-9]*,)+',
    r'.*(Python)',
    r'(?s).*(Python)',
    r'.*ab',
    r'a.*bc',
    r'(?:ab){2,3}c',
    r'(ab){2}c',
    r'(?:ab)*?c',
    r'(?>ab|a)c',
    r'(?:ab)++c',
    r'(?:Python|Perl)',
    r'P(?:ython|erl)\b',
]

for p in patterns:
    rx = re.compile(p)
    out = []
    for t in texts:
        out.append(rx.findall(t))
        out.append([m.span() for m in rx.finditer(t)])
        m = rx.search(t)
        out.append(m and (m.span(), m.groups(), m.lastindex))
        out.append(rx.sub('<\\g<0>>', t))
        out.append(rx.split(t))
        for pos, end in [(1, None), (3, 20), (5, 6), (10, 9), (0, 0)]:
            m = rx.search(t, pos) if end is None else rx.search(t, pos, end)
            out.append(m and m.span())
    print(repr(p), len(out), out[:6])
    print('  ', out[6:])

# The same patterns over bytes.
for p in patterns[:14]:
    if '\\u' in p or '\\x' in p:
        continue
    rb = re.compile(p.encode())
    for t in texts[:3] + [texts[5]]:
        b = t.encode()
        print(repr(p), rb.findall(b)[:8], [m.span() for m in rb.finditer(b)][:8])

# Random patterns from literal pieces, classes, optional parts and alternatives,
# searched in random text over a small alphabet.
pieces = ['a', 'b', 'c', '[ab]', '[^a]', '.', 'a?', 'b?', '(a|bc)', '(?:ab|c)',
          'c{2}', '\\b', '(?=a)', '(?<=b)', 'a+', 'x', '(b)', '$', '^']
for n in range(300):
    p = ''.join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
    t = ''.join(rng.choice('abcx \n') for _ in range(rng.randint(0, 40)))
    rx = re.compile(p)
    spans = [m.span() for m in rx.finditer(t)]
    pos = rng.randint(0, 5)
    m = rx.search(t, pos, max(pos, len(t) - 2))
    print(n, repr(p), repr(t), spans, m and m.span(), rx.sub('-', t) == re.sub(p, '-', t))

# A bytearray subject and a memoryview.
ba = bytearray(b'xx agggtaaa yy tttaccct')
print(re.findall(rb'agggtaaa|tttaccct', ba), re.findall(rb'[cgt]t+a', memoryview(ba)))
print(re.search(r'\s?;\s?', 'no semicolon here'), re.search(r'\s?;\s?', ';'))
print(re.fullmatch(r'a{3}b', 'aaab'), re.match(r'(a|bb)c?ab', 'bbab'))
