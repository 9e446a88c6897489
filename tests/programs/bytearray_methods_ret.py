# bytearray non-mutating methods return bytearray; comparisons and conversions.
a = bytearray(b'  Hello, World  ')
for name in ['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'swapcase', 'title', 'capitalize']:
    r = getattr(a, name)()
    print(name, type(r).__name__, r)
print(a.split(), [type(x).__name__ for x in a.split()], a.partition(b','), a.rpartition(b'o'))
print(a.replace(b'l', b'L'), a.find(b'World'), a.count(b'l'), a.index(b'H'), a.startswith(b'  H'), a.endswith(b'  '))
print(a.strip().split(b', '), a.strip().center(15, b'*'), a.decode(), a.hex(' ', 4))
print(bytearray(b'a,b').join([b'1', b'2']), bytearray(b'x').join([]), type(bytearray(b'-').join([b'1'])).__name__)
print(bytearray(b'l1\nl2\r\n').splitlines(), bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(b'zz'))
r = bytearray(b'abc').removesuffix(b'zz')
print(type(r).__name__, bytearray(b'Ab').isalpha(), bytearray(b'42').isdigit(), bytearray(b'a\tb').expandtabs(4))
a = bytearray(b'abc')
m = a[:]
m[0] = 0
print(a, m, a[0:2], type(a[0:2]).__name__, a[1], a[-1:], a[::-1])
print(list(bytearray(b'ab')), bytes(bytearray(b'ab')), bytearray(bytearray(b'ab')) is not None)
print(bytearray(b'abc') in [b'abc'], b'b' in bytearray(b'abc'), 98 in bytearray(b'abc'), bytearray(b'bc') in bytearray(b'abc'))
print(sorted([bytearray(b'b'), b'a', bytearray(b'c')]), max(bytearray(b'09')), bytearray(b'ab') != b'ab')
x = bytearray(b'aaa')
print(x.replace(b'a', b'b', 1), x, x.count(b'aa'), x.zfill(5), x.ljust(5, b'.'), x.rjust(4))
print(x.__alloc__() >= len(x), x.__len__(), bytearray.fromhex('ff 00'), bytearray(b'%d-%s') % (5, b'q'))
s = bytearray(b'hello')
it = iter(s)
print(next(it), next(it))
s[2] = 76
print(next(it), list(it))
s = bytearray(b'abcdef')
for i, ch in enumerate(s):
    if i == 1:
        s.clear()
print(s, i)
