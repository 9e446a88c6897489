import dataclasses
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar, Optional
import copy

@dataclass(frozen=True, slots=True)
class Money:
    amount: int
    currency: str = "EUR"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return replace(self, amount=self.amount + other.amount)

@dataclass(kw_only=True)
class LineItem:
    sku: str
    qty: int = 1
    price: Money = field(default_factory=lambda: Money(0))
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    id: int
    customer: str
    _: KW_ONLY
    items: list = field(default_factory=list)
    note: Optional[str] = None
    discount: InitVar[int] = 0
    registry: ClassVar[dict] = {}

    def __post_init__(self, discount):
        self.sort_key = (self.customer, self.id)
        self.discount_pct = discount
        Order.registry[self.id] = self

    def total(self):
        t = Money(0)
        for it in self.items:
            t = t + Money(it.price.amount * it.qty, it.price.currency)
        return replace(t, amount=t.amount * (100 - self.discount_pct) // 100)

o1 = Order(2, "zed", items=[LineItem(sku="a", qty=2, price=Money(150)), LineItem(sku="b", price=Money(99), tags=["x"])], discount=10)
o2 = Order(1, "amy", note="rush")
o3 = Order(3, "amy")
print(o1)
print(o1.total(), o2.total(), o1.discount_pct)
print(sorted([o1, o2, o3]) == [o2, o3, o1], o2 < o3, sorted(Order.registry))
print(asdict(o1))
print(astuple(o2))
print([f.name for f in fields(o1)], [f.name for f in fields(Order) if f.kw_only])
print(Money.__slots__, hasattr(Money(1), "__dict__"), is_dataclass(o1), is_dataclass(Order), is_dataclass(3))
m = Money(5)
for action in (lambda: setattr(m, "amount", 6), lambda: delattr(m, "currency"), lambda: setattr(m, "new", 1)):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError", e)
print(hash(Money(1)) == hash(Money(1)), Money(1) == Money(1, "EUR"), {Money(2), Money(2)} == {Money(2)})
try:
    LineItem("positional")
except TypeError as e:
    print("TypeError", e)
try:
    Order()
except TypeError as e:
    print("TypeError", e)
try:
    replace(o2, sort_key=(1,))
except ValueError as e:
    print("ValueError", e)
try:
    replace(o2, bogus=1)
except TypeError as e:
    print("TypeError", e)
o4 = replace(o3, id=9, discount=50)
print(o4.id, o4.discount_pct, o4.sort_key)
try:
    replace(o3, id=10)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class Bad3:
        def __lt__(self, o):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class Child(LineItem):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Order)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, compare=False)
tree = Node(1, [Node(2, [Node(4)]), Node(3)], {"k": (Node(5), [Node(6)])})
print(asdict(tree))
print(astuple(tree))
print(asdict(tree, dict_factory=lambda kv: sorted(kv)))
t2 = copy.deepcopy(tree)
t2.children[0].value = 20
print(tree == t2, tree.children[0].value, t2 == Node(1, [Node(20, [Node(4)]), Node(3)], {"ignored": 1}))

Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0)), "label"] if False else [("x", int), ("y", int, field(default=0))],
                    namespace={"norm": lambda self: abs(self.x) + abs(self.y)}, frozen=True)
p = Pt(3, -4)
print(p, p.norm(), Pt.__name__, fields(Pt)[1].default)
@dataclass(eq=False)
class Ident:
    x: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(hash=False, default=None)
print(hash(H(1)) == hash(H(1, [1])))
@dataclass
class WithRepr:
    a: int = field(default=1, repr=False)
    b: str = "s"
print(WithRepr(), repr(WithRepr(2, "t")), dataclasses.MISSING is not None, fields(WithRepr)[0].default)
f = fields(LineItem)[3]
print(f.name, f.default is dataclasses.MISSING, f.default_factory, f.kw_only, f.init, f.repr, f.compare)
print(LineItem.__match_args__ if hasattr(LineItem, "__match_args__") else "none", Order.__match_args__, Money.__match_args__)
match o1:
    case Order(id=2, customer=c):
        print("matched", c)
