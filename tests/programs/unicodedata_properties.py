# unicodedata: every property over all code points (as digests), samples, normalization, errors.
import hashlib
import unicodedata as u

print(u.unidata_version)


# pyrs cannot hold U+10D800..U+10DFFF (it keeps lone surrogates there), so both sides skip them.
CODE_POINTS = [cp for cp in range(0x110000) if not 0x10D800 <= cp <= 0x10DFFF]


PROPS = [u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored,
         u.decomposition]
NUMS = [u.decimal, u.digit, u.numeric, u.name]
hashes = [hashlib.sha256() for _ in PROPS + NUMS]
chunks = [[] for _ in hashes]
for cp in CODE_POINTS:
    c = chr(cp)
    for i, f in enumerate(PROPS):
        chunks[i].append(f(c))
    for i, f in enumerate(NUMS, len(PROPS)):
        chunks[i].append(f(c, None))
    if cp % 4096 == 4095:
        for h, chunk in zip(hashes, chunks):
            h.update(repr(chunk).encode())
            chunk.clear()
for h, chunk in zip(hashes, chunks):
    h.update(repr(chunk).encode())
for f, h in zip(PROPS + NUMS, hashes):
    print(f.__name__, h.hexdigest()[:16])

for c in 'aZ5½\u0663\u2167\u00e9\u3042\uac00\u4e00\U0001F600\u200b\ufeff\t \u0301\u05d0\U0010FFFF\ud800':
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)),
          u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1), u.name(c, '?'))

for name in ['LATIN SMALL LETTER A', 'SNOWMAN', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00',
             'latin small letter a', 'BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS',
             'LINE FEED', 'NOPE', b'DIGIT ONE']:
    try:
        print(repr(name), ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name), 'KeyError', e)

texts = ['e\u0301', '\u00e9', 'ﬁ', '\u1e9b\u0323', '\uac00', '\u1100\u1161\u11a8', 'Å', '①',
         'a\u0328\u0301', '']
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, [ascii(u.normalize(form, t)) for t in texts],
          [u.is_normalized(form, t) for t in texts])

for call in [lambda: u.name('ab'), lambda: u.name(1), lambda: u.name('\x00'),
             lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'),
             lambda: u.category(''), lambda: u.normalize('X', 'a'), lambda: u.combining(5),
             lambda: u.normalize('NFC', 5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
