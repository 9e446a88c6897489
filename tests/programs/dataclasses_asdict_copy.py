# asdict/astuple: values that are not dataclasses, lists, tuples or dicts are deep-copied
from dataclasses import dataclass, field, asdict, astuple, fields


class Box:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return f'Box({self.items!r})'

    def __deepcopy__(self, memo):
        print('deepcopy Box')
        return Box([x * 10 for x in self.items])


class Plain:
    def __init__(self):
        self.data = [1, 2]

    def __repr__(self):
        return f'Plain({self.data!r})'


@dataclass
class Leaf:
    tags: set = field(default_factory=lambda: {3})
    plain: Plain = field(default_factory=Plain)


@dataclass
class Holder:
    box: Box
    leaf: Leaf
    frozen: frozenset = frozenset({1})
    raw: bytearray = field(default_factory=lambda: bytearray(b'ab'))
    func: object = len
    kind: type = int


h = Holder(Box([1, 2]), Leaf())
d = asdict(h)
print(d)
print(d['leaf']['plain'] is h.leaf.plain, d['leaf']['plain'].data is h.leaf.plain.data)
print(d['leaf']['tags'] is h.leaf.tags, d['leaf']['tags'] == h.leaf.tags)
print(d['raw'] is h.raw, d['func'] is len, d['kind'] is int)
t = astuple(h)
print(t)
print(t[1][1] is h.leaf.plain, t[3] == h.raw)

shared = Plain()


@dataclass
class Twice:
    a: Plain
    b: Plain
    c: list


tw = asdict(Twice(shared, shared, [shared, shared]))
print(tw['a'] is tw['b'], tw['c'][0] is tw['c'][1], tw['a'] is shared)

h.leaf.plain.data.append(99)
print(d['leaf']['plain'], h.leaf.plain)


@dataclass
class Tree:
    value: int
    kids: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Tree(1, [Tree(2, meta={'w': Box([5])}), Tree(3, [Tree(4)])], {'k': (Tree(5), {6})})
print(asdict(tree))
print(astuple(tree))
print(astuple(tree, tuple_factory=list))
print([f.name for f in fields(tree)])
