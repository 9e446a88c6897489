# Lone surrogates in str: literals, chr/ord, repr, comparison, the codecs' handlers.
s = '\ud800'
print(repr(s), len(s), ord(s), ascii(s), hex(ord('\U0000dfff')))
print(repr(chr(0xdc80)), chr(0xdc80) == '\udc80', '\ud800' < '\ue000', '\ud7ff' < '\ud800')
print(sorted(['\ue000', '\ud800', 'a', '\U00010000', '\udbff']))
print(max('\ud800x', '\uffff'), min(['\udc00', '\ud800']) == '\ud800')
t = 'a\ud83d\ude00b'
print(len(t), repr(t[1:3]), t.index('\ude00'), t.count('\ud83d'), repr(t[::-1]))
print(repr('-'.join(['\ud800', '\udfff'])), repr('x\ud800y'.split('\ud800')), repr('\ud800'.replace('\ud800', 'ok')))
print(repr(f'x\ud801{1}y'), repr('ab' '\udfff'), repr(rf'\ud800'), repr(b'\\ud800'.decode()))
print(repr('\ud800'.upper()), '\ud800'.isprintable(), '\ud800'.isalpha(), '\ud800'.isspace(), '\ud800'.isascii())
d = {'\ud800': 1, '\udc00': 2}
print(d['\ud800'], '\udc00' in d, repr(list(d)), repr({'\ud800'}))
print(repr('%s|%r' % ('\ud800', '\udc00')), repr('{!r}'.format('\udfff')), repr(format('\ud800', '>3')))

raw = b'abc\xff\xfe\x80'
esc = raw.decode('utf-8', 'surrogateescape')
print(repr(esc), esc.encode('utf-8', 'surrogateescape') == raw, esc.encode('latin-1', 'surrogateescape'))
print(repr(raw.decode('ascii', 'surrogateescape')), repr(b'\xed\xa0\x80x'.decode('utf-8', 'surrogatepass')))
print(repr(b'\x00\xd8A\x00'.decode('utf-16-le', 'surrogatepass')), repr(b'\x00\xdc\x00\x00'.decode('utf-32-le', 'surrogatepass')))
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'ascii', 'latin-1', 'cp1252']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, errors, 'x\ud800\udc80y\udcff'.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e.start, e.end, e.reason, '|', e)
pair = '\ud83d\ude00'
print(pair.encode('utf-16-le', 'surrogatepass').decode('utf-16-le'), pair.encode('utf-8', 'surrogatepass'))
try:
    pair.encode('utf-16')
except UnicodeEncodeError as e:
    print(e)
try:
    print('\udc80')
except UnicodeEncodeError as e:
    print('print:', e)
print(['\udc80'], ('\ud800',))
