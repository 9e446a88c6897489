# Methods of list and dict called on instances of Python subclasses, and list.append with
# arguments of every kind (instances included): results, identity and errors as CPython's.


class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq called", self.n)
        return isinstance(other, Item) and other.n == self.n

    def __repr__(self):
        return f"Item({self.n})"


class Coll(list):
    pass


class Counted(list):
    def append(self, x):
        print("own append", x)
        super().append(x)


class Table(dict):
    def __missing__(self, key):
        return f"missing {key}"


c = Coll()
items = [Item(i) for i in range(4)]
for it in items:
    c.append(it)
c.append(None)
c.append(c)
print(len(c), type(c).__name__, c[0], c[-1] is c)
print(c.pop() is c, c.pop(), c.pop(0), len(c))
print(c.__iadd__([1, 2]) is c, c.__imul__(1) is c, len(c))
print(type(c.copy()).__name__, c.copy() == list(c))
print(c.count(1), c.index(2))
c.insert(0, "first")
c.reverse()
print(c[-1], c[0])
c.clear()
print(c, len(c))
try:
    c.pop()
except IndexError as e:
    print("IndexError", e)
try:
    c.append()
except TypeError as e:
    print("TypeError", e)
try:
    c.append(1, 2)
except TypeError as e:
    print("TypeError", e)

k = Counted()
k.append(Item(9))
print(k)

t = Table(a=1)
print(t["a"], t["zz"], t.get("zz"), t.get("a"))
print(t.setdefault("b", 2), t.pop("a"), sorted(t.keys()), t.copy() == {"b": 2})
t.update({"c": 3})
print(sorted(t.items()), type(t.copy()).__name__, type(t | {}).__name__)
print(t.__ior__({"d": 4}) is t, sorted(t))
try:
    t.pop("nope")
except KeyError as e:
    print("KeyError", e)

try:
    list.append(t, 1)
except TypeError as e:
    print("TypeError", e)
try:
    dict.get(c, 1)
except TypeError as e:
    print("TypeError", e)

plain = []
for x in [Item(5), 1.5, "s", (1,), [2], {3: 4}, {5}, len, Item, plain]:
    plain.append(x)
print(len(plain), plain[0], plain[-1] is plain)
print(plain.index(1.5))
print(Item(5) in plain)
