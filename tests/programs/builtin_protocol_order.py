# list()/tuple()/sorted() take the iterator before the length hint; isinstance consults a
# replaced __class__; `with` binds __enter__/__exit__ through any descriptor; time_ns epoch.
import time
import sys
import weakref


class L:
    def __iter__(self):
        print('iter')
        return iter([2, 1])

    def __len__(self):
        print('len')
        return 2


print(list(L()), tuple(L()), sorted(L()))


class P:
    __class__ = property(lambda s: int)


print(isinstance(P(), int), isinstance(P(), P), isinstance(P(), str), type(P()).__name__)


class D:
    def __get__(self, obj, owner):
        return lambda *a: ('bound', len(a))


class W:
    __enter__ = D()
    __exit__ = D()


with W() as w:
    print(w)
print(time.time_ns() > 1_600_000_000 * 10**9, abs(time.time_ns() / 1e9 - time.time()) < 5)
print(sys.warnoptions)


class A:
    pass


a, b = A(), A()
d = weakref.WeakValueDictionary(x=a, y=b)
print(sorted(d), len(d.valuerefs()))
print(d.popitem()[0] in ('x', 'y'), len(d))
d.clear()
print(len(d))
k = weakref.WeakKeyDictionary({a: 1})
k.update({b: 2}, )
print(len(k), len(k.keyrefs()), len(k.copy()))
k.clear()
print(len(k))


def g():
    pass


print(g.__code__.co_flags)
