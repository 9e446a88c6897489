# A ledger with Money values: __format__/__repr__/__str__, dict/set views, and mutation errors.
from decimal import Decimal


class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        cur, _, amount = text.partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return f"{self.currency} {self.cents / 100:,.2f}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec == "short":
            return f"{self.cents // 100}{self.currency[0]}"
        if spec.startswith("w"):
            return format(str(self), ">" + spec[1:])
        raise ValueError(f"bad Money format {spec!r}")

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
            return Money(self.cents + other.cents, self.currency)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0


entries = [Money.parse(s) for s in ["USD 10.50", "USD -3.25", "USD 1200", "USD 0.5", "USD 0"]]
for m in entries:
    print(f"{m!r:<22}|{m}|{m:short}|{m:w16}|{m!s:>14}|{bool(m)}")
print(sum(entries), sum(entries, Money(0)), -entries[0])
print("{0} / {0:short} / {0!r}".format(entries[2]), format(entries[1], "w12"), "%s" % entries[0], "%r" % (entries[0],))
try:
    f"{entries[0]:xyz}"
except ValueError as e:
    print("ValueError", e)
try:
    entries[0] + Money(1, "EUR")
except ValueError as e:
    print("ValueError", e)
try:
    entries[0] + 5
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


for spec in ["", "x", ">10"]:
    try:
        print(repr(format(Plain(), spec))[:10] if not spec else format(Plain(), spec))
    except TypeError as e:
        print("TypeError", e)
try:
    format(5, 5)
except TypeError as e:
    print("TypeError", e)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


print(str(OnlyRepr()), f"{OnlyRepr()}", f"{OnlyRepr()!s:>12}", "%s|%r" % (OnlyRepr(), OnlyRepr()), [OnlyRepr()], format(OnlyRepr()))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
try:
    str(BadRepr())
except TypeError as e:
    print("TypeError", e)


class BadFormat:
    def __format__(self, spec):
        return None


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError", e)
print(f"{Decimal('1.5'):.3f}", f"{Decimal('-0'):+}", format(Decimal("1234.5"), ","))

ledger = {"rent": Money(-150000), "salary": Money(500000), "food": Money(-42050)}
budget = {"rent": Money(-150000), "fun": Money(-10000), "food": Money(-40000)}
print(sorted(ledger.keys() & budget.keys()), sorted(ledger.keys() - budget.keys()), sorted(ledger.keys() | budget), sorted(ledger.keys() ^ budget.keys()))
print(ledger.keys() == {"rent", "salary", "food"}, ledger.keys() <= {"rent", "salary", "food", "x"}, "rent" in ledger.keys(), Money(-150000) in ledger.values())
print(sorted((k, v) for k, v in ledger.items() if (k, v) in budget.items()), ("food", Money(-42050)) in ledger.items())
print(list(reversed(ledger)), list(reversed(ledger.values()))[0], len(ledger.items()), isinstance(ledger.keys(), type({}.keys())))
combined = ledger | {"bonus": Money(1000)}
ledger |= {"food": Money(-1)}
print(list(combined), ledger["food"], list(ledger))
try:
    ledger.values() & set()
except TypeError as e:
    print("TypeError", e)
try:
    ledger | [("x", 1)]
except TypeError as e:
    print("TypeError", e)
d = dict.fromkeys("abc", 0)
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d = dict.fromkeys("abc", 0)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = dict.fromkeys("abc", 0)
for k in d:
    d[k] += 1
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2:
        lst.remove(x)
print(lst)
keys_view = d.keys()
d["z"] = 5
print(list(keys_view), d.popitem(), d.setdefault("q", []), d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([5])
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0}, {"a": 1} == {"a": 1.0}, {1, 2} < {1, 2, 3}, {1, 2}.isdisjoint([3]))
fs = frozenset([1, 2])
print({fs: "frozen"}[frozenset([2, 1])], fs | {3}, {3} | fs, type({3} | fs).__name__, type(fs | {3}).__name__)
print(sorted({1, 2, 3} - {2}), sorted({1, 2} ^ {2, 3}), {1, 2, 3} & {2, 3, 4} == {2, 3}, sorted(set("hello")), set() == frozenset())
