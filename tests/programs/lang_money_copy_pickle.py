import copy, pickle, reprlib
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering
from collections import OrderedDict

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="EUR"):
        object.__setattr__(self, "amount", Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
        object.__setattr__(self, "currency", currency)
    def __setattr__(self, k, v):
        raise AttributeError(f"Money is immutable (tried to set {k})")
    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"
    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{abs(self.amount):,.2f} {self.currency}"
    def __format__(self, spec):
        return format(str(self), spec)
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other
    def __add__(self, other):
        if other == 0:
            return self
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money(self.amount + o.amount, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money(self.amount - o.amount, self.currency)
    def __mul__(self, k):
        if isinstance(k, (int, Decimal)):
            return Money(self.amount * k, self.currency)
        if isinstance(k, float):
            return Money(self.amount * Decimal(repr(k)), self.currency)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, n):
        if isinstance(n, int):
            base = (self.amount / n).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
            parts = [Money(base, self.currency)] * n
            rest = self.amount - base * n
            i = 0
            while rest > 0:
                parts[i] = parts[i] + Money("0.01", self.currency)
                rest -= Decimal("0.01")
                i += 1
            return parts
        return NotImplemented
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        if other == 0:
            return self.amount == 0
        return NotImplemented
    def __lt__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return self.amount < o.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __bool__(self):
        return bool(self.amount)
    def __neg__(self):
        return Money(-self.amount, self.currency)
    def __reduce__(self):
        return (Money, (str(self.amount), self.currency))

m = Money("10.005")
show("money", lambda: (m, str(m), f"[{m:>14}]", Money(1234567.891), str(-Money(5))))
show("add", lambda: (m + Money(1), sum([Money(1), Money("2.50"), Money("0.10")]), Money(1) + 0, 0 + Money(2)))
show("mul", lambda: (m * 3, 2 * m, m * 1.1, m * Decimal("0.5")))
show("split", lambda: [str(p) for p in Money(100) / 3])
show("cmp", lambda: (Money(1) < Money(2), Money(3) >= Money(3), max(Money(1), Money(7), Money(3)), sorted([Money(5), Money(-1), Money(2)])))
show("mismatch", lambda: Money(1) + Money(1, "USD"))
show("mismatch lt", lambda: Money(1) < Money(1, "USD"))
show("bad add", lambda: Money(1) + "x")
show("immutable", lambda: setattr(m, "amount", 5))
show("set", lambda: len({Money(1), Money("1.00"), Money(1, "USD")}))
show("bool", lambda: (bool(Money(0)), bool(Money("0.001")), Money(0) == 0))
show("copy", lambda: (copy.copy(m), copy.deepcopy([m, m])[0] is not m, pickle.loads(pickle.dumps(m)) == m))

class Account:
    _next_id = 1
    def __init__(self, owner, balance=Money(0)):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= Money(0):
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"
    def __copy__(self):
        new = Account.__new__(Account)
        new.__dict__.update(self.__dict__)
        new.history = list(self.history)
        return new
    def __deepcopy__(self, memo):
        new = Account(self.owner + " (clone)", self.balance)
        new.history = copy.deepcopy(self.history, memo)
        Account._next_id -= 1
        new.id = -self.id
        return new
    def __getstate__(self):
        state = self.__dict__.copy()
        state["history"] = len(self.history)
        return state
    def __setstate__(self, state):
        state["history"] = [("restored", state["history"])]
        self.__dict__.update(state)

class InsufficientFunds(Exception):
    def __init__(self, acct, amt):
        super().__init__(f"{acct.owner} cannot withdraw {amt}; balance {acct.balance}")
        self.acct = acct
        self.amt = amt

a = Account("Ann").deposit(Money(100)).withdraw(Money("30.25"))
b = Account("Bob", Money(5))
show("accounts", lambda: (a, b, a.history))
show("overdraw", lambda: b.withdraw(Money(10)))
show("bad deposit", lambda: b.deposit(Money(-1)))
c = copy.copy(a)
c.history.append("x")
show("shallow", lambda: (c, len(a.history), len(c.history), c.balance is a.balance))
d = copy.deepcopy(a)
show("deep", lambda: (d, d.history == a.history))
p = pickle.loads(pickle.dumps(a))
show("pickle state", lambda: (p, p.history, p.owner))
show("deepcopy memo", lambda: (lambda lst: (lambda cp: cp[0] is cp[1])(copy.deepcopy(lst)))([a, a]))

class Registry:
    def __init__(self):
        self.items = OrderedDict()
    def __reduce_ex__(self, proto):
        return (self.__class__, (), None, None, iter(self.items.items()))
    def __setitem__(self, k, v):
        self.items[k] = v
    def __repr__(self):
        return f"Registry({list(self.items.items())})"
r = Registry(); r["a"] = 1; r["b"] = [2]
show("reduce_ex dictitems", lambda: (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), copy.copy(r)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __getnewargs__(self):
        return (self.x, self.y)
    def __new__(cls, x, y):
        inst = super().__new__(cls)
        inst.created_with = (x, y)
        return inst
    def __repr__(self):
        return f"Point({self.x}, {self.y}, cw={self.created_with})"
show("getnewargs", lambda: (pickle.loads(pickle.dumps(Point(1, 2))), copy.copy(Point(3, 4))))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
show("slots getstate", lambda: (copy.copy(Slotted()).a, hasattr(copy.copy(Slotted()), "b"), pickle.loads(pickle.dumps(Slotted())).a))
show("copy builtins", lambda: (copy.copy([1, [2]]), copy.deepcopy({"a": {1, 2}}) == {"a": {1, 2}}, copy.copy((1, 2)), copy.deepcopy(range(3)), copy.copy(frozenset([1]))))
show("copy func", lambda: copy.deepcopy(show) is show)
show("copy module", lambda: copy.deepcopy(copy) is copy)
class NoPickle:
    def __reduce__(self):
        raise TypeError("nope")
show("reduce raises", lambda: copy.copy(NoPickle()))
show("pickle lambda", lambda: pickle.dumps(lambda: 1))
show("pickle local class", lambda: pickle.dumps(type("Loc", (), {})()))
show("pickle protocols", lambda: [pickle.loads(pickle.dumps({"k": (1, 2.5, "s", b"b", None, True, [1])}, protocol=p)) for p in range(0, pickle.HIGHEST_PROTOCOL + 1)][-1])
aRepr = reprlib.Repr()
aRepr.maxlist = 3
show("reprlib", lambda: (reprlib.repr(list(range(100))), reprlib.repr("x" * 100), aRepr.repr(list(range(10))), reprlib.repr({i: i for i in range(10)})))
class Recur:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Recur({self.child!r})"
rr = Recur(); rr.child = rr
show("recursive_repr", lambda: repr(rr))
