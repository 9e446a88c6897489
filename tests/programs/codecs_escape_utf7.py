# unicode_escape / raw_unicode_escape / escape_* / utf-7 with errors and partial input.
import warnings; warnings.simplefilter('ignore')
import codecs
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
for b in [rb'\x4', rb'\x', rb'\u12', rb'\U0011ffff', rb'\N{foo}', rb'\N{LATIN SMALL LETTER A}', rb'\N', rb'\N{', rb'\q', b'\\', rb'ab' + b'\\', rb'\101\7\0777', b'\xe9', rb'\a\b\f\n\r\t\v', rb'\u00e9\U0001F600', rb'\x4g']:
    print('==', b)
    for e in ['strict', 'replace', 'ignore', 'backslashreplace']:
        t(lambda: codecs.unicode_escape_decode(b, e))
    t(lambda: codecs.unicode_escape_decode(b, 'strict', False))
    t(lambda: codecs.raw_unicode_escape_decode(b, 'strict'))
    t(lambda: codecs.raw_unicode_escape_decode(b, 'replace'))
    t(lambda: codecs.raw_unicode_escape_decode(b, 'strict', False))
    t(lambda: codecs.escape_decode(b))
for b in [rb'\N{abc', rb'\N{abc}x', rb'\N{}', rb'\777', rb'\400', rb'\u12x4', rb'\U0001F6', rb'\U1234567']:
    print('==', b)
    t(lambda: codecs.unicode_escape_decode(b, 'strict'))
    t(lambda: codecs.unicode_escape_decode(b, 'backslashreplace'))
    t(lambda: codecs.unicode_escape_decode(b, 'strict', False))
    t(lambda: codecs.raw_unicode_escape_decode(b, 'backslashreplace'))
    t(lambda: codecs.raw_unicode_escape_decode(b, 'strict', False))
    t(lambda: codecs.escape_decode(b))
s = ''.join(map(chr, range(0x100))) + '\u1234\U0001f600\udc80'
print(codecs.unicode_escape_encode(s))
print(codecs.raw_unicode_escape_encode(s))
print(codecs.escape_encode(bytes(range(256))))
t(lambda: codecs.escape_encode('abc'))
t(lambda: codecs.escape_decode('ab\\x41é'))
t(lambda: codecs.escape_decode(b'\\x4', 'replace'))
t(lambda: codecs.escape_decode(b'\\x4', 'ignore'))
t(lambda: codecs.escape_decode(b'\\x4z', 'ignore'))
t(lambda: codecs.escape_decode(b'a\\x4z', 'foo'))
t(lambda: codecs.escape_decode(b'a\\x4z', 'backslashreplace'))
t(lambda: codecs.unicode_escape_encode(b'abc'))
t(lambda: codecs.unicode_escape_decode('a\\x41é'))
t(lambda: codecs.raw_unicode_escape_decode('a\\u0041é'))
print(ascii(''.join(chr(i) for i in range(128)).encode('utf-7')))
for s in ['Hi Mom -☺-!', 'A≢Α.', '日本語', '~\\', '+', '+-', 'a+b', '€1', '€-', '€€€', '\U0001f600', '\ud800', '€a']:
    t(lambda: s.encode('utf-7'))
for b in [b'+AKM-', b'+AKM', b'+AKMx', b'+', b'+-', b'a+b', b'\x80', b'+2D3', b'+2D3-', b'+2D3eAA-', b'+AK-', b'+AKE-', b'+3gA-', b'~\\', b'+ZeVnLIqe-', b'+!', b'+A']:
    t(lambda: b.decode('utf-7'))
    t(lambda: b.decode('utf-7', 'replace'))
    t(lambda: codecs.utf_7_decode(b, 'strict', False))
