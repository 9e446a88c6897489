# Object lifecycle: __del__, weakref callbacks, WeakValueDictionary caches, gc, recursion limits.
import gc
import sys
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        self.children.append(child)
        child.parent = weakref.ref(self)
        return child

    def path(self):
        parts = [self.name]
        p = self.parent() if self.parent else None
        while p is not None:
            parts.append(p.name)
            p = p.parent() if p.parent else None
        return "/".join(reversed(parts))

    def __del__(self):
        events.append(f"del {self.name}")

    def __repr__(self):
        return f"Node({self.name})"


root = Node("root")
leaf = root.add(Node("a")).add(Node("b"))
print(leaf.path())
del root
print(events, leaf.parent(), leaf.path())
events.clear()
del leaf
print(events)
events.clear()


def on_collect(ref):
    events.append(f"callback for dead ref, alive={ref() is not None}")


class Plain:
    pass


obj = Plain()
r = weakref.ref(obj, on_collect)
r2 = weakref.ref(obj)
print(r() is obj, r is not r2, weakref.getweakrefcount(obj), len(weakref.getweakrefs(obj)))
del obj
print(events, r(), r2())
events.clear()

try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)


class Slotted:
    __slots__ = ("v",)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError", e)


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name


class Cache:
    def __init__(self):
        self._data = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._data.get(name)
        if img is None:
            img = Image(name)
            self._data[name] = img
        return img

    def __len__(self):
        return len(self._data)


cache = Cache()
a = cache.get("a")
a2 = cache.get("a")
b = cache.get("b")
print(a is a2, Image.loads, len(cache), sorted(cache._data.keys()))
del a, a2
print(len(cache), sorted(cache._data.keys()))
cache.get("a")
print(Image.loads)

wk = weakref.WeakKeyDictionary()
k1, k2 = Plain(), Plain()
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1], k2 in wk)
del k1
print(len(wk), sorted(wk.values()))

ws = weakref.WeakSet()
items = [Plain() for _ in range(3)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
print(len(ws))


class Ring:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append(f"ring {self.name} finalized")


x, y = Ring("x"), Ring("y")
x.other, y.other = y, x
wx = weakref.ref(x)
del x, y
print("before collect", wx() is not None)
gc.collect()
print("after collect", wx() is None, sorted(events))
events.clear()
print(gc.isenabled(), type(gc.get_count()).__name__, callable(gc.collect))


class Resurrect:
    saved = None

    def __del__(self):
        events.append("resurrecting")
        Resurrect.saved = self


r_obj = Resurrect()
del r_obj
print(events, type(Resurrect.saved).__name__)
Resurrect.saved = None
print(events)
events.clear()

proxy_target = Node("proxied")
p = weakref.proxy(proxy_target)
print(p.name, p.path(), repr(p.name), type(p).__name__)
del proxy_target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
events.clear()


class Finalized:
    pass


fobj = Finalized()
fin = weakref.finalize(fobj, events.append, "finalizer ran")
print(fin.alive)
del fobj
print(fin.alive, events)
events.clear()

m = weakref.WeakMethod(Node("method-owner").path)
print(m())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)


class Recursive:
    def __repr__(self):
        return repr(self)


try:
    repr(Recursive())
except RecursionError as e:
    print("RecursionError", str(e)[:40])

lst = [1]
lst.append(lst)
dct = {"k": 1}
dct["self"] = dct
print(lst, dct, str(lst) == repr(lst))
a_list, b_list = [], []
a_list.append(b_list)
b_list.append(a_list)
print(a_list)
try:
    lst == lst[:] or print("eq", lst == lst)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit() >= 1000)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)


def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n


d = count_depth()
print(150 < d <= 200)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
print(events)
