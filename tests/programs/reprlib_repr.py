# reprlib: Repr limits, fillvalue, indent, subclass dispatch, recursive_repr.
import reprlib
from reprlib import Repr, recursive_repr

print(reprlib.__all__)
r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(3))), r((1,)), r(()), r([]), r([1]))
print(r(set(range(10))), r(frozenset(range(10))), r(set()), r(frozenset()))
print(r({'b': 1, 'a': 2, 'c': 3, 'd': 4, 'e': 5}), r({}), r({1: 'x', 'y': 2}))
print(r({3, 1.5, (1,)}))
print(r('x' * 100))
print(r('short'), r("it's"), r('a\nb' * 20))
print(r(2 ** 200), r(-2 ** 200), r(12345))
print(r([[[[[[[[1]]]]]]]]), r({'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}}))
print(r((((((((1,),),),),),),)))
print(r(object), r(len), r(True), r(None), r(3.5), r(b'bytes' * 20))


class Long:
    def __repr__(self):
        return 'L' * 50


print(r(Long()), r([Long()]))


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(r(Broken()).startswith('<Broken instance at 0x'))

a = Repr(maxlevel=2, maxlist=3, maxtuple=2, maxdict=2, maxset=2, maxfrozenset=1,
         maxstring=12, maxlong=8, maxother=9, fillvalue='~')
print(vars(a))
print(a.repr(list(range(10))), a.repr((1, 2, 3)), a.repr([[1, [2, [3]]]]))
print(a.repr({'x': [1, 2, 3, 4], 'y': 2, 'z': 3}), a.repr({1, 2, 3}), a.repr(frozenset('ab')))
print(a.repr('abcdefghijklmnopqrstuvwxyz'), a.repr(10 ** 20), a.repr(Long()))
print(a.repr([[]]), a.repr([[[]]]), a.repr([[[1]]]), a.repr({'k': {}}), a.repr({'k': {'j': 1}}))
b = Repr()
b.maxlist = 2
b.fillvalue = '<more>'
print(b.repr([1, 2, 3]), b.repr('q' * 40))
z = Repr(maxlist=0, maxstring=0, maxlong=0, maxother=0)
print(z.repr([1]), z.repr([]), z.repr('abc'), z.repr(''), z.repr(12345), z.repr(Long()))
small = Repr(maxstring=4, maxlong=2)
print(small.repr('abcdefgh'), small.repr(123456), small.repr('\n\n\n\n\n'))

for indent in [4, '--', '', 0]:
    ind = Repr(indent=indent, maxlevel=3)
    print(repr(indent))
    print(ind.repr([1, [2, (3,)], {'a': {}, 'b': [4]}]))
    print(ind.repr(()), ind.repr([[]]), ind.repr((7,)))
for bad in [-2, 1.5, [' ']]:
    try:
        Repr(indent=bad).repr([1, 2])
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    Repr(5)
except TypeError as e:
    print(type(e).__name__, e)


class MyRepr(Repr):
    def repr_float(self, x, level):
        return f'float<{x}>'

    def repr_my_type(self, x, level):
        return 'mine'


print(MyRepr().repr([1.5, 2, 'x']))
MyType = type('my type', (), {})
print(MyRepr().repr(MyType()))
print(MyRepr().repr1([1, [2, [3]]], 1), Repr().repr1('hello', 0))


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    @recursive_repr()
    def __repr__(self):
        """Node repr"""
        return f'<{self.name} {self.links}>'


n = Node('n')
n.links.append(n)
m = Node('m')
m.links += [n, m, Node('leaf')]
print(repr(n), repr(m))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      hasattr(Node.__repr__, '__wrapped__'), vars(Node.__repr__))


class Custom:
    @recursive_repr('<cycle>')
    def __repr__(self):
        return f'Custom({self.inner!r})'


c = Custom()
c.inner = [c, 1]
print(repr(c))


def typed[T](self) -> int:
    return 1


w = recursive_repr()(typed)
print(w.__type_params__, w.__annotations__, w.__name__, w.__module__)
