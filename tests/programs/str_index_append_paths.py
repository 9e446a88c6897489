# Code-point indexing of non-ASCII text (every position, slices, find/index/count with
# start/end, reversed), `s += t` on locals (shared strings never change), and regex
# positions on Latin-1 and wider text.
import re

text = ''.join(chr(c) for c in [97, 233, 8364, 128512, 98, 0x4e2d, 10, 255] * 40)
print(len(text), text[0], text[1], text[2], text[3], text[-1], text[-2])
print([ord(text[i]) for i in range(0, len(text), 37)])
print([text[i:i + 3] for i in range(0, len(text), 41)])
print(text[100:140] == ''.join(text[i] for i in range(100, 140)))
print(text[::-33], text[5:300:47])
print(text.find('€', 100), text.find('€', 200, 250), text.rfind('a', 0, 150), text.index('中', 77))
print(text.count('é', 50, 200), text.startswith('€😀', 2), text.endswith('\nÿ', 0, 8))
print(''.join(reversed(text))[:9] == text[::-1][:9], text[::-1][:5])
for i in (0, 31, 32, 33, 63, 64, 65, 200, 319):
    print(i, repr(text[i]), text[:i].count('😀'), len(text[i:]))

# s += t and s = s + t on locals.
def build(parts):
    s = ''
    for p in parts:
        s += p
    return s

def build2(parts):
    s = 'start'
    for p in parts:
        s = s + p
    return s

print(build(['ab', 'é', '€', '', 'z'] * 3), build2(['x', 'ÿ']), len(build(['a'] * 1000)))

def aliasing():
    s = 'base'
    s += '!'
    kept = s
    s += '?'
    print(kept, s)
    t = 'x' * 3
    d = {t: 1}
    t += 'y'
    print(d, t)
    u = 'ab'
    u += u
    print(u)
    v = 'q'
    w = [v]
    for _ in range(3):
        v += 'r'
    print(w, v)
    n = 'h'
    n += 'é'
    print(n, len(n), n[1], hash(n) == hash('hé'), n == 'hé', n.encode())

aliasing()

def in_loop_hash():
    s = ''
    seen = {}
    for ch in 'abcé€':
        s += ch
        seen[s] = len(s)
    return seen

print(in_loop_hash())

# Regex over non-ASCII subjects: positions are code points.
latin = 'café crème brûlée, naïve façade; ' * 20
wide = 'price 5€ — “quoted” 中文 😀 end; ' * 20
for subject in (latin, wide):
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r'\w+', subject)][:12]
    print(words)
    print(len(re.findall(r'\w+', subject)), re.search(r'[^\x00-\x7f]+', subject, 40).span())
    print(re.sub(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1), subject[:40]))
    print(re.split(r'[,;—]', subject[:60]))
    p = re.compile(r'(?<=\s)\w')
    pos = 0
    found = []
    while len(found) < 8:
        m = p.search(subject, pos)
        if not m:
            break
        found.append((m.start(), m.group()))
        pos = m.end()
    print(found)
