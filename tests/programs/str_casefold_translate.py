# str.casefold, format_map, maketrans (1, 2 and 3 args) and translate.
for s in ['Straße', 'ΣΑΣ', 'ﬁx', 'İ', 'HELLO', 'ǅ', 'µ']:
    print(repr(s), repr(s.casefold()), repr(s.lower()), repr(s.upper()), s.casefold() == s.lower())
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ß'.upper(), 'ﬁ'.upper(), 'ǆ'.title(), 'ǆ'.capitalize())
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map({'name': 'Ann', 'age': 30}))
print('{a} and {b}'.format_map(Default(a=1)))
print('{k.real}|{d[x]}|{k!r:>4}'.format_map({'k': 5, 'd': {'x': 'y'}}))
try:
    '{missing}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map({'0': 1})
except Exception as e:
    print(type(e).__name__, e)
t = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC', 'd': 100})
print(sorted(t.items()))
print('abcdabcd'.translate(t))
t2 = str.maketrans('abc', 'xyz')
print(sorted(t2.items()), 'aabbcc'.translate(t2))
t3 = str.maketrans('abc', 'xyz', 'hd')
print(sorted(t3.items()), 'hello abcd'.translate(t3))
t4 = str.maketrans('', '', 'aeiou')
print('programming language'.translate(t4))
for args in [('ab', 'x'), ({'ab': 'x'},), ({1.5: 'x'},), (['a'],), ('a', 'b', 5), (1, 2)]:
    try:
        print(str.maketrans(*args))
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.translate({97: 'A', 98: 66}), 'abc'.translate({}), 'abc'.translate([None, 'x']), 'ab'.translate({97: ''}))
class Table:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError
        return k + 1
print('abz'.translate(Table()))
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        print('a'.translate(table))
    except Exception as e:
        print(type(e).__name__, e)
print('é→'.translate({0x2192: '->', 0xe9: 'e'}), 'x'.translate({ord('x'): '\U0001F600'}) == '\U0001F600')
print(str.maketrans('a', 'b') == {97: 98}, type(str.maketrans({})).__name__)
