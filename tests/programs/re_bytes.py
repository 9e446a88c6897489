# bytes and bytearray patterns and subjects.
import re

print(re.findall(rb'\w+', b'hello world 42'))
print(re.search(rb'\d+', bytearray(b'ab123c')))
print(re.match(rb'(?P<x>a)(b)?', b'ac').groupdict(), re.compile(rb'(?P<x>a)').groupindex)
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.sub(b'a', b'b', bytearray(b'aa')))
print(re.sub(rb'a', lambda m: m.group().upper(), b'banana'))
print(re.split(rb'\s+', b'a b\tc'), re.split(b'(,)', bytearray(b'a,b')))
print(re.findall(rb'[\x80-\xff]+', b'a\xe9\xffb'), re.findall(rb'\xe9', b'\xe9\xc9', re.I))
print(re.findall(rb'(?i)[a-z]+', b'AbC dEf'), re.findall(rb'\w', b'\xe9a'))
print(re.findall(rb'(?L)\w+', b'ab cd'), re.findall(rb'(?a)\w+', b'ab'))
print(re.escape(b'a.b*c\x00\xff'), re.escape('a.b-c d#&~'))
print(re.fullmatch(rb'\d+', memoryview(b'123')))
m = re.search(rb'b+', bytearray(b'abbc'))
print(m, type(m.group()).__name__, type(m.string).__name__, m.span())
print(re.compile(b'\\u1234'.replace(b'\\u1234', b'u')), repr(re.compile(rb'\w', re.I)))
print(repr(re.compile(b'a', re.L)), repr(re.compile(b'a')), re.compile(b'a').flags)
m = re.match(rb'(a)(?P<n>b)', b'ab')
print(m.expand(rb'\2\1\g<n>'), m[1], m['n'], m.groups(), m.lastgroup)
for p in [rb'\u0041', rb'\U00000041', rb'\N{EM DASH}', rb'(?u)a', rb'(?P<\xe9>a)', rb'\q']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, e)
for call in [lambda: re.sub(rb'a', 'x', b'a'), lambda: re.sub(rb'(a)', rb'\g<\xe9>', b'a'),
             lambda: re.compile(rb'a').findall('a'), lambda: re.match('a', bytearray(b'a')),
             lambda: re.compile(b'a', re.A | re.L)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
s = b'same'
print(re.sub(b'x', b'y', s) is s, re.match(b'.*', s).group() is s)
print(re.findall(b'', bytearray(b'ab')), re.split(b'', b'ab'))
