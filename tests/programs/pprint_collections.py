# pprint of collections' classes, dataclasses, SimpleNamespace and mappingproxy.
import pprint
import types
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString
from dataclasses import dataclass, field

od = OrderedDict((('k%02d' % i, i * i) for i in range(12)))
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict())
pprint.pprint(OrderedDict(a=1))

dd = defaultdict(list)
for i in range(10):
    dd['key%d' % (i % 4)].append('value-%d' % i)
pprint.pprint(dd)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))

c = Counter('abracadabra alakazam hocus pocus')
pprint.pprint(c, width=40)
pprint.pprint(Counter())
pprint.pprint(Counter({'only': 1}))

cm = ChainMap({'a': 1, 'b': list(range(20))}, {'c': 'three' * 10}, {})
pprint.pprint(cm)
pprint.pprint(cm, width=40)
pprint.pprint(ChainMap())

dq = deque(range(40))
pprint.pprint(dq)
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(['x' * 20, 'y' * 20, 'z' * 20], maxlen=3), width=30)
pprint.pprint(deque())

ud = UserDict({'alpha': list(range(15)), 'beta': 'b' * 50})
pprint.pprint(ud)
pprint.pprint(UserList(['item %d' % i for i in range(12)]))
pprint.pprint(UserString('words ' * 20), width=40)

nested = {'od': od, 'counter': Counter('mississippi'), 'dq': deque('abc')}
pprint.pprint(nested, width=60)


@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
    meta: dict = field(default_factory=dict)


@dataclass(repr=False)
class NoRepr:
    a: int


sh = Shape('polygon', [Point(i, i * 2, 'p%d' % i) for i in range(4)], 7, {'color': 'red', 'sides': 4})
pprint.pprint(sh)
pprint.pprint(sh, width=50)
pprint.pprint(Point(1, 2))
pprint.pprint([Point(10 ** 10, 10 ** 10, 'a long label value here')], width=40)
r = pprint.pformat(NoRepr(1))
print(r.startswith('<') and 'NoRepr object at' in r)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
root.children.append(Node(2, [Node(3)]))
print(repr(root))


def mask_ids(text):
    while 'id=' in text:
        i = text.index('id=')
        j = text.index('>', i)
        text = text[:i] + 'ID' + text[j:]
    return text


print(mask_ids(pprint.pformat(root, width=20)))

ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma='g' * 40)
pprint.pprint(ns)
pprint.pprint(ns, width=40)


class MyNS(types.SimpleNamespace):
    pass


pprint.pprint(MyNS(a='x' * 50, b=2), width=40)

mp = types.MappingProxyType({'one': 1, 'two': list(range(25))})
pprint.pprint(mp)
pprint.pprint(mp, width=30)
