# cls.__dict__ and vars(cls) are read-only mappingproxy objects
class C:
    x = 1
    def f(self):
        return 'f'

d = C.__dict__
print(type(d).__name__, type(vars(C)).__name__, type(int.__dict__).__name__)
print('x' in d, 'f' in d, 'y' in d, d['x'], d.get('y', 'none'), d.get('x'))
print(type(d['f']).__name__, d['f'](None))
print('__module__' in d, '__dict__' in d, '__weakref__' in d, '__doc__' in d)
print(sorted(k for k in d if not k.startswith('__')))
try:
    d['x'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('x')
except AttributeError as e:
    print(type(e).__name__, e)
C.y = 5
print('y' in d, d['y'], len(d) == len(C.__dict__))
del C.x
print('x' in d)
cp = d.copy()
print(type(cp).__name__, 'y' in cp)
print(type(d.keys()).__name__, type(d.items()).__name__)
print(C.__dict__ == dict(C.__dict__), isinstance(d, dict))
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
print('append' in list.__dict__, type(list.__dict__['append']).__name__)
print(type(int.__dict__['__add__']).__name__, type(dict.__dict__['fromkeys']).__name__)
print(type(str.__dict__['maketrans']).__name__)
o = C()
print(type(vars(o)).__name__, vars(o))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print((d | {'z': 1})['z'], type(d | {'z': 1}).__name__)
try:
    C.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
print(list(reversed({'a': 1, 'b': 2}.keys())))
M = type('M', (), {'p': 1, 'q': 2, 'r': 3})
print([k for k in reversed(M.__dict__) if not k.startswith('__')])
class Empty:
    pass
print(sorted(Empty.__dict__))
