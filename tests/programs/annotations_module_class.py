# Module and class __annotations__: plain annotated names stored in order (after the value is
# assigned), other targets only evaluated, nested blocks included, functions' locals not.
import sys
x: int = 1
y: 'forward'
if True:
    z: list[int] = []
for _ in range(1):
    w: float
print(__annotations__, x, 'y' in globals())

def log(v):
    print('evaluated', v)
    return v

class Point:
    a: log('int') = log(1)
    b: log(str)
    (c): int = 3
    d = 4
    try:
        e: bytes
    except Exception:
        pass
    def method(self):
        local: log('never') = 5
        return local
print(Point.__annotations__, Point.a, Point.c, hasattr(Point, 'b'), Point().method())

class Target:
    pass
t = Target()
t.attr: log('attr ann') = 9
lst = [0]
lst[log(0)]: log('sub ann')
print(t.attr, '__annotations__' in Target.__dict__)

class Empty:
    pass
print('__annotations__' in Empty.__dict__)
class Sub(Point):
    q: int
print(Sub.__annotations__)
ns = {}
exec('k: int = 2\nm: str', ns)
print(ns['__annotations__'], ns['k'])
