# Inventory system using descriptors, __set_name__, properties, and __slots__.

class Validated:
    def __init__(self, *, default=None, kind=object):
        self.default = default
        self.kind = kind
        self.name = None
        self.owner_name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_v_" + name
        self.owner_name = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner_name}.{self.name} must be {self.kind.__name__}, "
                            f"got {type(value).__name__}")
        self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        try:
            delattr(obj, self.private)
        except AttributeError:
            raise AttributeError(f"{self.name} not set") from None

    def validate(self, value):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.owner_name}.{self.name}>"


class Positive(Validated):
    def validate(self, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive: {value!r}")


class NonEmpty(Validated):
    def validate(self, value):
        if not value.strip():
            raise ValueError(f"{self.name} must be non-empty")


class Item:
    name = NonEmpty(kind=str, default="?")
    price = Positive(kind=(int, float).__class__ and float, default=1.0)
    qty = Positive(kind=int, default=1)

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    @total.setter
    def total(self, value):
        self.price = value / self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


print(Item.name, Item.price, Item.qty)
print(type(Item.__dict__["total"]).__name__)
a = Item("apple", 0.5, 10)
print(a, a.total)
a.total = 7.5
print(a, f"{a.total:.3f}")
for bad in [("", 1.0, 1), ("pear", 1, 1), ("pear", -2.0, 1), ("pear", 2.0, 0), (5, 1.0, 1)]:
    try:
        Item(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

del a.qty
print(a.qty)
try:
    del a.qty
except AttributeError as e:
    print("AttributeError", e, e.__suppress_context__, e.__context__ is not None)

print(sorted(k for k in vars(a)))


class Slotted:
    __slots__ = ("x", "y", "__weakref__")
    label = Validated(kind=str, default="none")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
print(s.x, s.y, s.label)
try:
    s.label = "hi"
except AttributeError as e:
    print("AttributeError", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
del s.x
try:
    s.x
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "__dict__"), type(Slotted.x).__name__)
print(Slotted.__slots__)


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value if obj is not None else f"class-level {self.value}"


class NonData:
    def __get__(self, obj, objtype=None):
        return "from-descriptor"


class Holder:
    ro = ReadOnly(42)
    nd = NonData()


h = Holder()
print(h.ro, Holder.ro)
h.__dict__["ro"] = "shadow"
print(h.ro)  # non-data descriptor: instance dict wins
h.nd = "instance"
print(h.nd, Holder.nd)
del h.nd
print(h.nd)


class Cached:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Cached
    def summary(self):
        return sum(self.rows), len(self.rows)


r = Report([3, 4, 5])
print(r.summary, r.summary, Report.summary.calls)
r2 = Report([])
print(r2.summary, Report.summary.calls)
print("summary" in vars(r), Report.summary.attr)

# property with deleter and docstring
class Temp:
    def __init__(self):
        self._c = 0.0

    def _get(self):
        return self._c

    def _set(self, v):
        self._c = float(v)

    def _del(self):
        print("deleting")
        self._c = None

    celsius = property(_get, _set, _del, "Temperature in C")

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
p2 = p.getter(lambda self: -1)
print(p2.fget(t), p2.fset is p.fset, p2.__doc__)
