# binascii: b2a_base64 and a2b_base64, with and without strict_mode
import binascii


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xff\xfe\xfd\xfc', bytes(range(60))]:
    enc = binascii.b2a_base64(d)
    print(enc, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(enc) == d)
print(binascii.b2a_base64(bytearray(b'hi'), newline=0), binascii.b2a_base64(memoryview(b'hi'), newline=None))
print(binascii.b2a_base64(b'hi', newline='yes'))
show(lambda: binascii.b2a_base64('abc'))
show(lambda: binascii.b2a_base64(None))

print(binascii.a2b_base64('aGVsbG8='), binascii.a2b_base64(bytearray(b'aGk=')), binascii.a2b_base64(memoryview(b'YQ==')))
show(lambda: binascii.a2b_base64('\xe9'))
show(lambda: binascii.a2b_base64(5))

cases = ['', 'YQ', 'YQ=', 'YQ==', 'YR==', 'YWI=', 'YWJj', 'aGVsbG8', 'aGVsb', 'a', 'abcde', 'abcdefghi',
         'ab', 'ab=', 'ab==', '=ab', '==ab', '=ab=', 'a=b', 'a=bc', 'a=bcd', 'ab=c', 'ab=cd', 'abc', 'abc=',
         'abc==', '=abc', 'a=b=c=d', 'abcd=', 'abcd=e', 'abcd=ef', 'abcd=efg', 'abcd==efgh', 'abcde=',
         'a=', 'a==', 'a===', '=', '==', '====', 'abcd=efgh', 'ab=\n=', 'ab=!=', 'ab=c=', '=a', '=abcd',
         'abcd===', 'ab!==', 'abcd!', 'abcdef=', 'abcdef=g', '=abc=', 'abc=d', 'a=b=', 'a==b=', 'ab=c==',
         'aGVsbG8=\n', 'aG Vs', 'aGVs!', 'aGVsbG8==', 'a!b@c#d$', 'ab+/', 'ab-_', 'YWJj\nZGVm\n',
         'aGVs\r\nbG8=', b'ab\xff==', 'ab+=', '00b=']
for c in cases:
    row = []
    for strict in (False, True):
        try:
            row.append(repr(binascii.a2b_base64(c, strict_mode=strict)))
        except binascii.Error as e:
            row.append('Error: %s' % e)
    print(repr(c), '|', row[0], '|', row[1])

# round trips of every length up to 20
ok = True
for n in range(21):
    d = bytes((7 * k + n) & 255 for k in range(n))
    for nl in (True, False):
        e = binascii.b2a_base64(d, newline=nl)
        ok = ok and binascii.a2b_base64(e) == d and binascii.a2b_base64(e, strict_mode=nl is False) == d
print('round trips', ok)
