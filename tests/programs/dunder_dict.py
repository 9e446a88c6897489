# special methods of dict reached as attributes
d = {'a': 1, 'b': 2}
print(dict.__getitem__(d, 'a'), d.__getitem__('b'), d.__len__(), d.__contains__('a'), d.__contains__('z'))
print(dict.__or__(d, {'c': 3}), d.__or__({'a': 0}))
print(d.__or__([1]), d.__ror__([1]), d.__eq__({'b': 2, 'a': 1}), d.__ne__({}), d.__eq__(5), d.__lt__({}))
e = {'x': 1}
r = e.__ior__({'y': 2})
print(r is e, e, dict.__ior__(e, [('z', 3)]) is e, e)
d.__setitem__('c', 3)
d.__delitem__('a')
print(d, list(d.__iter__()), list(d.__reversed__()), d.__repr__(), d.__str__())
try:
    d.__getitem__('missing')
except KeyError as err:
    print(type(err).__name__, err)
try:
    d.__delitem__('missing')
except KeyError as err:
    print(type(err).__name__, err)
try:
    d.__getitem__([])
except TypeError as err:
    print(type(err).__name__, err)
try:
    dict.__ior__(e, 5)
except TypeError as err:
    print(type(err).__name__, err)
f = {}
f.__init__({'k': 'v'}, extra=1)
print(f)
dict.__init__(f, [('p', 'q')])
print(f)
print(dict.__hash__ is None, {}.__class__.__name__, dict.__new__(dict), type(dict.__or__).__name__)
print(dict.fromkeys.__name__, type(dict.__dict__['fromkeys']).__name__, dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
print(type({}.keys).__name__, {}.keys.__qualname__, dict.get.__qualname__, dict.__getitem__.__qualname__)
print(dict.get(d, 'b'), dict.get(d, 'zz', 0), dict.keys(d), dict.setdefault(d, 'n', []), dict.pop(d, 'n'))
print({'a': 1}.keys().__contains__('a'), {'a': 1}.keys().__and__({'a', 'b'}) == {'a'}, {'a': 1}.items().__len__())
print({'a': 1}.values().__len__(), type({}.values().__iter__()).__name__, type({}.items().__iter__()).__name__)
print({1: 2}.keys().__or__({3}), {1: 2}.keys().__sub__({1}), {1: 2}.items().__eq__({(1, 2)}))
class D(dict):
    def __or__(self, other):
        return 'D.__or__'
    def __ror__(self, other):
        return 'D.__ror__'
print(D() | {}, {} | D(), dict.__or__(D(a=1), {'b': 2}), type(dict.__or__(D(a=1), {})).__name__)
print(dict.__class_getitem__(int), dict.__contains__.__name__)
