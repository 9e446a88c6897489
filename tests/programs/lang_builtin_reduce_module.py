# Module-level built-in functions know their module; exec's __builtins__ is the namespace
# dict; set, frozenset and bytearray reduce as CPython's; import errors quote names as repr.
import copy, math, pickle, sys, os

print(math.acos.__module__, len.__module__, sys.getsizeof.__module__, os.getcwd.__module__)
print(math.floor.__self__ is math, type(len.__self__).__name__)
g = {}
exec('x = 1', g)
print(type(g['__builtins__']).__name__, g['x'])
print({1}.__reduce_ex__(4), frozenset({2}).__reduce_ex__(4), set().__reduce__())
print(bytearray(b'ab\xff').__reduce_ex__(2), bytearray(b'').__reduce_ex__(4))
print(bytearray(b'xy').__reduce_ex__(4), bytearray(b'x').__reduce__())


class S(set):
    pass


class B(bytearray):
    pass


s = S({3})
s.tag = 'k'
b = B(b'q')
b.z = 1
print(s.__reduce_ex__(4), S().__reduce__())
print(b.__reduce_ex__(4))
for obj in (s, b, {1, 2}, frozenset({5}), bytearray(b'ok')):
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(type(back).__name__, back == obj, vars(back) if hasattr(back, '__dict__') else '')
    c = copy.deepcopy(obj)
    print(type(c).__name__, c == obj, c is obj)
for name in ("a'b", 'plain', 'pkg_missing.sub'):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)
