# Error handlers registered with codecs.register_error work in str.encode, bytes.decode,
# str(b, enc, errors), open(..., errors=) and TextIOWrapper, as in CPython.
import codecs
import io

codecs.register_error('question', lambda e: ('?', e.end))
codecs.register_error('skip2', lambda e: ('', min(e.end + 1, len(e.object))))
codecs.register_error('hexbytes', lambda e: (
    ''.join('<%02x>' % b for b in e.object[e.start:e.end]), e.end))
codecs.register_error('rawbytes', lambda e: (b'[' + str(e.start).encode() + b']', e.end))
codecs.register_error('back', lambda e: ('!', -1))
calls = []


def recorder(e):
    calls.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    return ('#' * (e.end - e.start), e.end)


codecs.register_error('record', recorder)
codecs.register_error('badtuple', lambda e: ('x',))
codecs.register_error('badpos', lambda e: ('x', 100))
codecs.register_error('badtype', lambda e: (5, e.end))

checks = [
    lambda: b'a\xffb\xfe'.decode('utf-8', 'question'),
    lambda: 'a\u20acb\u0100'.encode('ascii', 'question'),
    lambda: 'a\u20acb'.encode('latin-1', 'question'),
    lambda: 'a\u0100b'.encode('cp1252', 'question'),
    lambda: b'ab\xffcd'.decode('ascii', 'skip2'),
    lambda: b'x\x80\x81y'.decode('utf-8', 'hexbytes'),
    lambda: 'h\xe9llo w\xf6rld'.encode('ascii', 'rawbytes'),
    lambda: 'ab\u1234'.encode('utf-16', 'question'),
    lambda: 'ab\ud800c'.encode('utf-16-le', 'question'),
    lambda: 'a\ud800b'.encode('utf-8', 'question'),
    lambda: b'\xff\xfea\x00\x00\xd8b\x00'.decode('utf-16', 'question'),
    lambda: b'\xef\xbb\xbfa\xffb'.decode('utf-8-sig', 'question'),
    lambda: b'ok\xff\xfe\xfdend'.decode('utf-8', 'record'),
    lambda: 'x\u2603y\u2604'.encode('ascii', 'record'),
    lambda: str(b'a\xffz', 'ascii', 'question'),
    lambda: b'a\xff'.decode('utf-8', 'badtuple'),
    lambda: b'a\xff'.decode('utf-8', 'badpos'),
    lambda: b'a\xff'.decode('utf-8', 'badtype'),
    lambda: 'a\u20ac'.encode('ascii', 'badtype'),
    lambda: 'a\u20ac'.encode('ascii', 'nosuchhandler'),
    lambda: b'abc'.decode('ascii', 'nosuchhandler'),
    lambda: 'abc'.encode('ascii', 'nosuchhandler'),
]
for check in checks:
    try:
        print(repr(check()))
    except Exception as e:
        print(type(e).__name__, e)
print(calls)

# The stream layer.
with open('reg_handlers.txt', 'wb') as f:
    f.write(b'caf\xe9 au lait\n\xff\xfe end\n')
with open('reg_handlers.txt', encoding='utf-8', errors='hexbytes') as f:
    print(repr(f.read()))
with open('reg_handlers.txt', 'w', encoding='ascii', errors='question') as f:
    f.write('na\xefve \u2603\n')
with open('reg_handlers.txt', 'rb') as f:
    print(f.read())
w = io.TextIOWrapper(io.BytesIO(b'x\x99y'), encoding='ascii', errors='question')
print(repr(w.read()))
import os
os.remove('reg_handlers.txt')
