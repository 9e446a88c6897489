# bytes layout methods (center, ljust, zfill, expandtabs, splitlines) and is* predicates.
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'ab'.center(1), b'abc'.center(6, b'-'), b'ab'.center(5, b'.'))
print(b'ab'.ljust(5), b'ab'.ljust(5, b'_'), b'ab'.rjust(5, b'0'), b'abcdef'.rjust(3))
for f in [lambda: b'a'.center(5, b'xy'), lambda: b'a'.ljust(5, '*'), lambda: b'a'.rjust(5, 42)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b''.zfill(3), b'abc'.zfill(2), b'-'.zfill(3))
print(b'a\tbc\tdef\tg'.expandtabs(), b'a\tbc\tdef'.expandtabs(4), b'a\tb'.expandtabs(0), b'x\n\ty\r\tz'.expandtabs(3))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'one\ntwo\r\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines())
print(b'a\x0bb\x0cc\x1cd\x85e'.splitlines(), b'x\r\r\ny'.splitlines(keepends=True))
for s in [b'abc', b'ABC', b'Abc', b'123', b'a1', b'', b' ', b' \t\n', b'Hello World', b'hello World',
          b'\xe9', b'abc!', b'\x7f', b'1.5', b'Ab Cd', b'\x0b\x0c']:
    print(s, s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
print(b'hello'.capitalize(), b'123abc'.capitalize(), b'HELLO world'.capitalize())
print(bytearray(b'ab').center(6, b'*'), type(bytearray(b'ab').zfill(4)).__name__, bytearray(b'\tx').expandtabs(2))
print(bytes.isdigit(b'5'), bytes.upper(b'x'), bytearray(b'q').isalpha())
try:
    bytes.upper('x')
except Exception as e:
    print(type(e).__name__, e)
print(b'abc'.decode(), b'h\xc3\xa9'.decode('utf-8'), b'\xff'.decode('latin-1'), bytes.decode(b'x', encoding='ascii'))
print(repr(b'\x00\x07\x08\t\n\r\x1b\'"\\\x7f\x80\xff'), repr(b"'"), repr(b'"'), repr(b'\'"'), str(b'abc'))
print(len(b'abc'), b'abc'.__len__(), list(b'ab'), tuple(reversed(b'abc')), sorted(b'cab'), max(b'az'), sum(b'\x01\x02'))
print(hash(b'abc') == hash(b'abc'), b'abc'.__getitem__(1), bytes.__getitem__(b'abc', slice(1, None)))
