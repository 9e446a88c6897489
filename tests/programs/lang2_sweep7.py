# Divergences a sweep of realistic programs found: dict views intersected with sets,
# item-deletion and __bases__ messages, read-only class attributes through __slots__
# instances, and the compile-time checks of `from __future__`.
d = {"a": 1, "q": []}
print(d.items() & {("a", 1)})
print({("a", 1)} & d.items())
try:
    print(d.items() & {("a", 1), 1, 2})
except TypeError as e:
    print("TypeError", e)
print(sorted(d.keys() & {"a", "z"}), sorted({"a"} & d.keys()))
print(d.keys() & {"a": 1}.keys(), d.keys() & ["a", "b", "a"])
print(type(d.keys() & frozenset("a")))
e = {1: 2, 3: 4}
print(e.items() & [(1, 2), (3, 5)])
try:
    print(e.keys() & 5)
except TypeError as x:
    print("TypeError", x)

import types
class A: pass
for o in (types.MappingProxyType({}), 5, "s", (1,), range(3), object(), {}.keys(),
          frozenset(), A(), A, len):
    try:
        del o[0]
    except TypeError as e:
        print(e)

for base0 in (object, int, list, str):
    B = type('B', (base0,), {})
    for b in (object, int, float, str, bytes, list, dict, tuple, set, Exception):
        if b is base0:
            continue
        try:
            B.__bases__ = (b,)
            print(base0.__name__, b.__name__, 'ok')
        except TypeError as e:
            print(base0.__name__, b.__name__, e)

class S:
    __slots__ = ()
    y = 5
    def m(self): pass
for n in ('y', 'm', 'z', '__str__'):
    try:
        setattr(S(), n, 6)
    except AttributeError as e:
        print(e)
    try:
        delattr(S(), n)
    except AttributeError as e:
        print(e)
for n in ('x', '__str__', '__doc__'):
    try:
        setattr(object(), n, 6)
    except AttributeError as e:
        print(e)

for src in ['print(1)\nfrom __future__ import annotations\n',
            'from __future__ import nope\n',
            'from __future__ import braces\n',
            'from __future__ import (annotations, nope)\n',
            '"doc"\nfrom __future__ import annotations\nimport os\nfrom __future__ import division\n',
            'def f():\n    from __future__ import division\n',
            'from __future__ import annotations as a, generators\nx: undefined = 1\n',
            'from __future__ import *\n',
            'from . __future__ import x\n']:
    try:
        exec(compile(src, 'f', 'exec'), {})
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except ImportError as e:
        print('ImportError', e)

class Hello:
    pass
class MyInt(int):
    pass
for old in (Hello, MyInt):
    F = type('F', (old,), {})
    for new in (int, list, object, Hello, MyInt):
        if new is old:
            continue
        try:
            F.__bases__ = (new,)
            print(old.__name__, new.__name__, 'ok')
        except TypeError as e:
            print(old.__name__, new.__name__, e)
for o, k in (([1], 'x'), ([1], 5), ((1,), 0), ((1,), 'x'), ("s", 0), (b"x", 1.5)):
    try:
        del o[k]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
