# bytes and bytearray %-formatting: %s/%b take bytes-like values or __bytes__, %r/%a are ascii(), %c a byte, numbers as text; errors as CPython.
print(b'%s-%d' % (b'ab', 5), b'%5.2f|%x|%r|%a' % (3.14159, 255, 'é', b'x'))
print(bytearray(b'%c%c%c') % (65, b'B', bytearray(b'C')), b'%(k)s' % {b'k': b'v'}, b'%b' % memoryview(b'mv'))
print(b'%%' % (), b'%-5s|' % b'ab', b'%05d' % -3, b'\xff%s' % b'\xfe')
for f in [lambda: b'%s' % 'str', lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%d %d' % (1,), lambda: b'%d' % (1, 2), lambda: b'%z' % 1, lambda: b'%s' % 5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b'BB'
print(b'%s' % B(), type(bytearray(b'%d') % 1).__name__)
