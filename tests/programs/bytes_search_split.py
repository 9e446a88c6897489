# bytes searching, splitting, joining and stripping methods.
b = b'hello world, hello bytes'
print(b.count(b'hello'), b.count(b'l'), b.count(108), b.count(b'l', 5, 15), b.count(b''))
print(b.find(b'world'), b.find(b'xyz'), b.find(111), b.find(b'o', 5), b.find(b'o', 5, 7), b.rfind(b'hello'))
print(b.index(b'bytes'), b.rindex(b'l'), b.rindex(108, 0, 5))
for f in [lambda: b.index(b'zz'), lambda: b.rindex(b'zz'), lambda: b.find('o'), lambda: b.count(300), lambda: b.index(256)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b.startswith(b'hello'), b.startswith((b'x', b'hel')), b.endswith(b'bytes'), b.startswith(b'world', 6), b.endswith(b'hello', 0, 5))
try:
    b.startswith('hello')
except Exception as e:
    print(type(e).__name__, e)
print(b.split(), b.split(b', '), b.split(b'l', 2), b.rsplit(b'l', 2), b.split(maxsplit=1))
print(b'  a  b\t\nc  '.split(), b'a,,b'.split(b','), b''.split(), b''.split(b','), b'  x '.rsplit(None, 0))
try:
    b.split(b'')
except Exception as e:
    print(type(e).__name__, e)
print(b.partition(b' '), b.rpartition(b' '), b.partition(b'#'), b.rpartition(b'#'))
print(b'-'.join([b'a', b'bc', bytearray(b'd'), memoryview(b'e')]), b''.join([]), type(b'-'.join([])).__name__)
try:
    b'-'.join([b'a', 'b'])
except Exception as e:
    print(type(e).__name__, e)
print(b'  xx  '.strip(), b'  xx  '.lstrip(), b'  xx  '.rstrip(), b'xyxhixy'.strip(b'xy'), b'abc'.strip(b''))
print(b'\x00\tq \x0b\x0c\r\n'.strip(), b'www.example.com'.lstrip(b'cmowz.'), b'mississippi'.rstrip(b'ips'))
print(b.replace(b'hello', b'bye'), b.replace(b'l', b'L', 2), b'aaa'.replace(b'', b'-'), b'abc'.replace(b'b', b''))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'Hello World'.lower(), b'Hello World'.upper(), b'Hello World'.swapcase(), b'hello world'.title(), b'hELLO'.capitalize())
print(b"they're bill's".title(), b'\xe9t\xe9'.upper(), b'\xc9'.lower())
print(b[0], b[-1], b[1:4], b[::-3], b[100:], type(b[0]).__name__)
try:
    b[100]
except Exception as e:
    print(type(e).__name__, e)
print(b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'ab' + bytearray(b'c'), b'a' in b'cat', 97 in b'cat', b'' in b'x')
for f in [lambda: b'ab' + 'c', lambda: 'c' in b'cat', lambda: 300 in b'x', lambda: b'a' < 'b']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'abc' == bytearray(b'abc'), b'abc' == 'abc')
print(bytes(3), bytes([65, 66]), bytes(b'xy'), bytes('h\xe9', 'utf-8'), bytes('hi', encoding='ascii'), bytes())
for arg in [[256], -1, 'str', 1.5]:
    try:
        print(bytes(arg))
    except Exception as e:
        print(type(e).__name__, e)
