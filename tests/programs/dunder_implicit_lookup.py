# implicit special method lookup uses the type, explicit attribute access uses the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return 'C-type-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), c.__len__(), repr(c), c.__repr__())
C.__len__ = lambda self: 2
print(len(c), type(c).__len__(c))
del c.__len__
print(c.__len__())

class Dyn:
    pass
d = Dyn()
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
Dyn.__len__ = lambda self: 7
Dyn.__getitem__ = lambda self, i: i * 2
Dyn.__call__ = lambda self, x: f'called {x}'
Dyn.__bool__ = lambda self: False
print(len(d), d[4], d('arg'), bool(d), 'falsy' if not d else 'truthy')
Dyn.__add__ = lambda self, o: 'added'
print(d + 1, d.__add__(2))
del Dyn.__add__
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
Dyn.__eq__ = lambda self, o: 'eq!'
print(d == 1, d != 1)
Dyn.__iter__ = lambda self: iter('xy')
print(list(d), [v for v in d])
Dyn.__contains__ = lambda self, v: v == 'q'
print('q' in d, 'x' in d)

class Getattr:
    def __getattr__(self, name):
        return lambda *a: f'getattr made {name}'
g = Getattr()
print(g.__len__(), g.__foo__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g + 1
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __len__(cls):
        return 42
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), len(WithMeta()), WithMeta.__len__(WithMeta()))
class NoneLen:
    __len__ = None
    __iter__ = None
    __hash__ = None
for op in (len, iter, hash):
    try:
        op(NoneLen())
    except TypeError as e:
        print(type(e).__name__, e)
