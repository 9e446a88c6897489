# dataclass with and without parentheses: __init__, __repr__, __eq__, docstrings, qualnames
from dataclasses import dataclass, field, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass()
class Named:
    name: str
    tags: list = field(default_factory=list)


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p != Point(1, 2), p == Point(2, 1), p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Named('a'), Named('b', ['t']))
print(Named('a').tags is not Named('a').tags)
print(Point.__doc__, Named.__doc__, sep=' | ')
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__init__.__module__, Point.__init__.__annotations__)
print(Point.__match_args__, Point.__hash__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.y, 'x' in Point.__dict__)


class Outer:
    @dataclass
    class Inner:
        v: float = 1.5
print(Outer.Inner(), Outer.Inner.__repr__.__qualname__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
root.children.append(root)
print(root)
child = Node(2, parent=root)
print(child, child.parent is root)


@dataclass
class Own:
    a: int
    def __repr__(self):
        return 'Own!'
    def __eq__(self, other):
        return True
print(Own(1), Own(1) == Own(2), Own.__hash__)


@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(type(Plain(1).__repr__()).__name__, Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass
class Self:
    self: int
    other: str = 'o'
print(Self(3), Self(self=4))


@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__)


@dataclass
class Doc:
    "My docs."
    a: int
print(Doc.__doc__)
d = {Point: 1}
print(d[Point], p.__dataclass_fields__['x'].name, type(p).__name__)
