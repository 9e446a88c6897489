# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError constructed directly.
d = UnicodeDecodeError('utf-8', b'\xff\xfeab', 0, 1, 'invalid start byte')
print(str(d), '|', d.encoding, d.object, d.start, d.end, d.reason, d.args)
d2 = UnicodeDecodeError('utf-8', b'\xff\xfeab', 0, 2, 'bad pair')
print(str(d2))
d3 = UnicodeDecodeError('x', bytearray(b'abc'), 1, 2, 'r')
print(str(d3), type(d3.object).__name__)
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(str(e), '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
print(str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'why')))
print(str(UnicodeEncodeError('ascii', 'a\U0001F600', 1, 2, 'why')), str(UnicodeEncodeError('ascii', 'a\u1234', 1, 2, 'why')))
t = UnicodeTranslateError('ab\u20acd', 2, 3, 'no mapping')
print(str(t), '|', repr(t.encoding), ascii(t.object), t.start, t.end, t.reason, t.args)
print(str(UnicodeTranslateError('abc', 0, 2, 'two')), str(UnicodeTranslateError('\xff', 0, 1, 'r')), str(UnicodeTranslateError('\U00012345', 0, 1, 'r')))
for args in [(), ('utf-8',), ('utf-8', 'str-not-bytes', 0, 1, 'r'), ('utf-8', b'x', 'a', 1, 'r'), (1, b'x', 0, 1, 'r')]:
    try:
        UnicodeDecodeError(*args)
        print('ok', args)
    except TypeError as err:
        print(type(err).__name__, err)
for args in [('ascii', b'bytes', 0, 1, 'r'), ('ascii', 'x', 0, 1)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as err:
        print(type(err).__name__, err)
odd = UnicodeDecodeError('utf-8', b'ab', 5, 9, 'out of range')
print(odd.start, odd.end, str(odd))
odd2 = UnicodeEncodeError('ascii', 'abc', 2, 1, 'reversed')
print(odd2.start, odd2.end, str(odd2))
empty = UnicodeDecodeError('utf-8', b'', 0, 0, 'empty')
print(empty.start, empty.end, str(empty))
print(UnicodeError('plain'), UnicodeError().args, issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
u = UnicodeEncodeError('ascii', 'xyz', 0, 1, 'r')
u.start = 1
u.end = 3
print(str(u), u.args)
try:
    u.start = 'x'
except TypeError as err:
    print(type(err).__name__, err)
raise UnicodeDecodeError('utf-8', b'\xc3(', 0, 1, 'invalid continuation byte')
