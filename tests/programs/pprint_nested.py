# pprint: line breaking of nested containers, strings, bytes, options.
import pprint

data = {
    'name': 'example',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z') * 5}], 'b': None, 'c': 3.25},
    'tuple1': (1,),
    'empty': [[], {}, (), set(), frozenset()],
    'set': {5, 3, 1, 4, 2},
    'frozen': frozenset({30, 10, 20}),
    10: 'int key',
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data['numbers'], compact=True, width=30))
print(pprint.pformat([[1, 2, 3]] * 8, compact=True, width=25))
print(pprint.pformat(data['numbers'], width=30))

# sort_dicts / pp
d = {'zeta': 1, 'alpha': [2] * 25, 'mid': {'y': 1, 'x': 2}}
pprint.pprint(d, width=30)
pprint.pprint(d, width=30, sort_dicts=False)
pprint.pp(d, width=30)

# underscore_numbers
pprint.pprint([10 ** 9, 12345, -7654321, 1.5, True], underscore_numbers=True)
print(pprint.pformat({'big': 2 ** 70}, underscore_numbers=True, width=10))

# long strings become implicit concatenations
text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({'key': text}, width=50)
pprint.pprint(['line one\nline two\n' * 3], width=25)
pprint.pprint('nospacesatallinthisverylongstringsoitcannotbesplitanywhere' * 2, width=40)
pprint.pprint(('   leading spaces and trailing   ', 'x' * 10), width=20)

# bytes and bytearray
blob = bytes(range(40))
pprint.pprint(blob)
pprint.pprint(blob, width=30)
pprint.pprint([blob, bytearray(blob)], width=40)
pprint.pprint(bytearray(b'hello world, this is a bytearray value'), width=25)
pprint.pprint(b'abcd', width=3)

# tuples and nesting
pprint.pprint((1, (2, (3, (4, (5, (6, (7,))))))), width=15)
pprint.pprint([('a', 1), ('b', 2)] * 6, width=35)
pprint.pprint({'k%d' % i: {'inner': list(range(i))} for i in range(6)}, width=45)

# recursion
lst = [1, 2]
lst.append(lst)
s = pprint.pformat(lst)
print(s.startswith('[1, 2, <Recursion on list with id='), s.endswith('>]'))
dd = {'self': None}
dd['self'] = dd
print(pprint.saferepr(dd).startswith("{'self': <Recursion on dict with id="))
print(pprint.isrecursive(lst), pprint.isreadable(lst))
print(pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]))
print(pprint.isreadable(object()), pprint.isreadable({'a': (1, 2.5, 'x', b'y', None)}))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.saferepr(list(range(5))))

# mixed-type keys sort by type name
pprint.pprint({3: 'c', 'b': 2, 1: 'a', 'a': 1, (1, 2): 'tuple'})
pprint.pprint({2.5, 1, 'x', 'a'}, width=5)

# PrettyPrinter objects
pp = pprint.PrettyPrinter(indent=2, width=20, depth=3)
print(pp.pformat({'level1': {'level2': {'level3': {'level4': 1}}}}))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
print(pp.format([1, 2], {}, 0, 0))

import io
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list('abcdefghij'))
print(repr(buf.getvalue()))

for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return 'ReprList!'

class MyDict(dict):
    pass

pprint.pprint(MyList(range(30)))
pprint.pprint(ReprList(range(30)))
pprint.pprint(MyDict(a=1, b=list(range(25))))
