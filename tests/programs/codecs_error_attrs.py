# UnicodeEncodeError / UnicodeDecodeError attributes raised by the codecs.
def show(e):
    print(type(e).__name__, repr(e.encoding), ascii(e.object), e.start, e.end, repr(e.reason))
    print('  str:', e)
    print('  args:', ascii(e.args))
    print('  is ValueError:', isinstance(e, ValueError), isinstance(e, UnicodeError))
cases = [lambda: 'ab\xe9cd'.encode('ascii'), lambda: 'ab\u20ac\u20acd'.encode('latin-1'), lambda: '\u0104'.encode('cp1252'),
         lambda: 'x\ud800'.encode('utf-8'), lambda: b'\xffabc'.decode('ascii'), lambda: b'ab\x80\x81'.decode('utf-8'),
         lambda: b'\x81'.decode('cp1252'), lambda: b'\xe2\x82'.decode('utf-8'), lambda: b'abc'.decode('utf-16-le'),
         lambda: '\U0001F600'.encode('ascii'), lambda: 'ab\xe9\xe9\xe9'.encode('ascii')]
for f in cases:
    try:
        f()
    except UnicodeError as e:
        show(e)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    e.start = 1
    e.end = 2
    e.reason = 'custom reason'
    print(e)
    e.end = 4
    print(e)
    e.encoding = 'my-codec'
    print(e, e.args[0])
try:
    b'\xff\xfe'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e.object)
    e.end = 2
    print(e)
try:
    raise UnicodeEncodeError('ascii', 'x', 0, 1, 'why')
except ValueError as e:
    print('caught as ValueError:', e)
try:
    '\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e))
