# bytes.hex / fromhex with separators, maketrans / translate.
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex('_', -2), data.hex(' ', 3), data.hex(b'|', 1))
print(b''.hex(), b''.hex(':'), b'\x01'.hex(':', 5), bytearray(b'\xab\xcd').hex('.'), memoryview(b'\x10\x20').hex('#'))
for args in [(':', 0) if False else ('::',), (1,), ('\xe9',)]:
    try:
        print(data.hex(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD BE EF'), bytes.fromhex(' 01 02  03 '), bytes.fromhex(''))
print(bytearray.fromhex('41 42 43'), type(bytearray.fromhex('00')).__name__)
print(bytes.fromhex('0a\t0b\n0c'))
for s in ['0', 'abc', 'zz', '0 1', '01:02', '1 23']:
    try:
        print(repr(s), bytes.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
try:
    bytes.fromhex(b'01')
except Exception as e:
    print(type(e).__name__, e)
t = bytes.maketrans(b'abc', b'xyz')
print(type(t).__name__, len(t), t[97:100], t[:3])
print(b'aabbcc-abc'.translate(t), b'aabbcc'.translate(t, b'b'), b'hello'.translate(None, b'l'), b'hello'.translate(None))
print(bytearray(b'cab').translate(t), bytearray.maketrans(b'a', b'b')[97])
try:
    bytes.maketrans(b'ab', b'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    b'x'.translate(b'short')
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes.maketrans('a', 'b')
except Exception as e:
    print(type(e).__name__, e)
rot = bytes.maketrans(b'abcdefghijklmnopqrstuvwxyz', b'nopqrstuvwxyzabcdefghijklm')
print(b'hello, world'.translate(rot), b'hello, world'.translate(rot).translate(rot))
print(b'%s-%d-%x-%r-%a-%c-%5.2f|%-4s|' % (b'ab', 42, 255, b'q', 'h\xe9', 65, 3.14159, b'x'))
print(b'%(a)s %(b)03d' % {b'a': b'A', b'b': 7}, b'%c' % b'Z', b'100%%' % ())
for fmt, arg in [(b'%s', 'str'), (b'%d', b'x'), (b'%c', 256), (b'%s %s', (b'a',)), (b'%z', 1)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
