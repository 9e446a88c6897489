from collections import Counter, OrderedDict, ChainMap, namedtuple, deque, UserDict, UserList, UserString, defaultdict

# --- Counter arithmetic for an inventory system
stock = Counter(apples=5, pears=2, plums=0, kiwis=-1)
order = Counter(apples=3, pears=4, figs=1)
print(stock + order)
print(stock - order)
print(order - stock)
print(stock | order)
print(stock & order)
print(+stock, -stock)
print(stock.total(), order.total(), sorted(stock.elements()))
s2 = stock.copy()
s2.subtract(order)
print(s2)
s2.update(["apples", "apples", "new"])
s2.update({"pears": 10})
print(s2, s2["missing"], "missing" in s2)
print(Counter("abracadabra").most_common(3), Counter("abracadabra").most_common()[-1], Counter().most_common(2))
c = Counter(a=3, b=1)
c += Counter(b=-5, c=2)
print(c)
c -= Counter(a=10)
print(c, c == Counter(c=2), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1, b=2) <= Counter(a=1, b=3), Counter(a=2) < Counter(a=2), Counter(a=1) >= Counter())
print(repr(Counter()), repr(Counter({"x": 2, "y": 3})), Counter.fromkeys if False else "nofk")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
del c["c"]
del c["nothere"]
print(c)

# --- OrderedDict as an LRU
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return None
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            print("evict", self.popitem(last=False))
lru = LRU(2)
lru.put("a", 1); lru.put("b", 2); lru.get("a"); lru.put("c", 3); lru.put("d", 4)
print(lru, list(lru), repr(LRU(1)))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(od | {"z": 0}, type(od | {"z": 0}).__name__)

# --- ChainMap for layered config
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap().maps, ChainMap({1: 2}) | {3: 4})
print(repr(ChainMap({"a": 1}, {})), cfg.get("nope", "dflt"), "user" in cfg, bool(ChainMap({})))

# --- namedtuple
Emp = namedtuple("Emp", "name, dept salary", defaults=[1000])
e = Emp("ann", "eng")
print(e, e._asdict(), e._replace(salary=2000), Emp._fields, Emp._field_defaults)
print(Emp._make(["bob", "ops", 5]), e[0], e.dept, e._fields)
try:
    e._replace(age=3)
except ValueError as ex:
    print("ValueError", ex)
try:
    Emp("x")
except TypeError as ex:
    print("TypeError", ex)
try:
    namedtuple("Bad", "a a")
except ValueError as ex:
    print("ValueError", ex)
try:
    namedtuple("Bad", "a def")
except ValueError as ex:
    print("ValueError", ex)
try:
    namedtuple("Bad", "_a")
except ValueError as ex:
    print("ValueError", ex)
R = namedtuple("R", "a def _x", rename=True)
print(R._fields, R(1, 2, 3))
try:
    Emp._make([1])
except TypeError as ex:
    print("TypeError", ex)
P3 = namedtuple("P3", ["x", "y", "z"], module="geo")
print(P3.__module__, P3.__doc__, P3.x.__doc__, P3(1, 2, 3) == (1, 2, 3))

# --- deque
d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(-1); print(d)
d.extendleft([100, 200]); print(d)
d.extend([7, 8]); print(d, d.count(7), d.index(8))
d.insert(0, 99) if len(d) < 5 else print("full")
try:
    d.insert(0, 99)
except IndexError as e:
    print("IndexError", e)
print(d[0], d[-1], d * 2 if False else "", deque([1, 2]) + deque([3]), deque("ab", 3) * 2)
d.remove(7); d.reverse(); print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
print(deque([], 0), deque([1, 2, 3], 0), repr(deque()), deque(maxlen=2).maxlen)

# --- UserDict / UserList / UserString
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __missing__(self, k):
        return f"<{k}>"
ld = LowerDict({"A": 1}, B=2)
ld.update(C=3)
print(ld, ld["a"], ld["zz"], ld.get("zz"), "a" in ld, len(ld), ld | {"D": 4}, type(ld.copy()).__name__)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul[:2]).__name__, ul * 2)
us = UserString("Hello"); print(us.upper(), us[1:], us + "!", type(us.lower()).__name__, "ell" in us)
dd = defaultdict(lambda: "?", a=1)
print(dd["b"], dict(dd), repr(defaultdict(int)), defaultdict(list).default_factory)
