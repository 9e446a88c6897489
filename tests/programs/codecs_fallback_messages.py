# str.encode/bytes.decode through codecs written in Python or registered by a search function:
# the messages name the encoding as written, a plain 4-tuple works as a CodecInfo.
import codecs
for call in [lambda: b'x'.decode('rot13'), lambda: 'x'.encode('rot13'), lambda: 'x'.encode('hex'),
             lambda: b'41'.decode('hex_codec'), lambda: 'x'.encode('no-such-codec')]:
    try:
        print(call())
    except LookupError as e:
        print(type(e).__name__, e)
print(b'caf\\xe9 \\u20ac'.decode('unicode_escape'), 'caf\xe9 \u20ac'.encode('raw_unicode_escape'))
print('\u0416\u0443\u043a'.encode('koi8_r'), b'\xea\xd5\xcb'.decode('koi8_r'), 'b\xfccher'.encode('idna'))
def search(name):
    if name == 'tup':
        return (lambda s, errors='strict': (s.upper().encode(), len(s)),
                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), None, None)
    if name == 'wrong':
        return (lambda s, errors='strict': ('text', len(s)), lambda b, errors='strict': (b'x', 1), None, None)
    return None
codecs.register(search)
print('abc'.encode('tup'), b'ABC'.decode('tup'))
for call in [lambda: 'abc'.encode('wrong'), lambda: b'abc'.decode('wrong')]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
codecs.unregister(search)
try:
    'abc'.encode('tup')
except LookupError as e:
    print(type(e).__name__, e)
