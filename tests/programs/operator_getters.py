# operator: attrgetter, itemgetter and methodcaller (calls, reprs, errors, reduce).
import operator
from operator import attrgetter, itemgetter, methodcaller


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting='hi', *, punct='!'):
        return f'{greeting} {self.name}{punct}'


tree = Node('root', Node('kid', Node('grandkid')))

show('ag1', lambda: attrgetter('name')(tree))
show('ag dotted', lambda: attrgetter('child.child.name')(tree))
show('ag many', lambda: attrgetter('name', 'child.name')(tree))
show('ag missing', lambda: attrgetter('child.nope')(tree))
show('ag missing2', lambda: attrgetter('name', 'zzz')(tree))
show('ag empty', lambda: attrgetter('')(tree))
show('ag noargs', lambda: attrgetter())
show('ag nonstr', lambda: attrgetter('a', 1))
show('ag kw', lambda: attrgetter('a', x=1))
show('ag call0', lambda: attrgetter('a')())
show('ag call2', lambda: attrgetter('a')(1, 2))
show('ag callkw', lambda: attrgetter('a')(obj=1))
show('ag repr', lambda: repr(attrgetter('a.b', 'c', "it's")))
show('ag reduce', lambda: attrgetter('a.b', 'c').__reduce__())
show('ag sort', lambda: [n.name for n in sorted([Node('b'), Node('a'), Node('c')], key=attrgetter('name'))])
show('ag real', lambda: attrgetter('real', 'imag')(3))

show('ig1', lambda: itemgetter(1)('abc'))
show('ig many', lambda: itemgetter(0, -1, slice(1, 3))('hello'))
show('ig dict', lambda: itemgetter('x', 'y')({'x': 1, 'y': 2}))
show('ig missing', lambda: itemgetter('z')({}))
show('ig range', lambda: itemgetter(10)([1]))
show('ig noargs', lambda: itemgetter())
show('ig kw', lambda: itemgetter(1, k=2))
show('ig call2', lambda: itemgetter(1)([1, 2], [3]))
show('ig repr1', lambda: repr(itemgetter('a')))
show('ig repr2', lambda: repr(itemgetter(1, 'b', None)))
show('ig repr tuple', lambda: repr(itemgetter((1, 2))))
show('ig reduce', lambda: itemgetter(1, 2).__reduce__())
rows = [('b', 2), ('a', 2), ('c', 1)]
show('ig sort', lambda: sorted(rows, key=itemgetter(1, 0)))
show('ig map', lambda: list(map(itemgetter(0), rows)))
lst = []
ig = itemgetter(lst)
lst.append(ig)
show('ig recursive', lambda: repr(ig))

show('mc', lambda: methodcaller('greet')(tree))
show('mc args', lambda: methodcaller('greet', 'yo', punct='?')(tree))
show('mc str', lambda: methodcaller('split', ',', 1)('a,b,c'))
show('mc missing', lambda: methodcaller('nope')(tree))
show('mc noargs', lambda: methodcaller())
show('mc nonstr', lambda: methodcaller(5))
show('mc call2', lambda: methodcaller('x')(1, 2))
show('mc callkw', lambda: methodcaller('x')(a=1))
show('mc repr', lambda: repr(methodcaller('greet', 'yo', [1], punct='?', n=None)))
show('mc repr name', lambda: repr(methodcaller('f', name=1, self=2)))
show('mc reduce', lambda: methodcaller('split', ',').__reduce__())
r = methodcaller('split', ',', maxsplit=1).__reduce__()
show('mc reduce kw', lambda: (r[0].func, r[0].args, r[0].keywords, r[1], r[0](*r[1])('a,b,c')))
mc = methodcaller('append', None)
show('mc self kwargs', lambda: methodcaller('format', self=1)('{self}'))

for cls in (attrgetter, itemgetter, methodcaller):
    print(cls.__name__, cls.__module__, cls.__qualname__)
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print('subclass', e)
show('ig eq', lambda: itemgetter(1) == itemgetter(1))
