import copy
import copyreg


class S:
    __slots__ = ('a', 'b')


s = S(); s.a = [1]
c = copy.deepcopy(s); print(c.a, c.a is s.a, hasattr(c, 'b'))


class K:
    def __init__(self): self.me = self; self.t = (self, [1])


k = K(); c = copy.deepcopy(k); print(c.me is c, c.t[0] is c, c.t[1] is not k.t[1])
t = (1, 2, [3]); print(copy.deepcopy(t) is t)
inner = (1, 'a', None); print(copy.deepcopy(inner) is inner, copy.copy(inner) is inner)
m = {}; x = [1]; y = copy.deepcopy([x, x], m); print(y[0] is y[1], len(m), id(m) in m, m[id(m)][0] is x)


class N(int):
    pass


n = N(5); n.q = 1; c = copy.copy(n); print(type(c).__name__, c, c.q)


class E(dict):
    def __init__(self, *a): super().__init__(*a); self.z = 9


e = E({'a': [1]}); c = copy.deepcopy(e); print(type(c).__name__, c, c.z, c['a'] is e['a'])
print(copy.copy(slice(1, 2)), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b'')))


class G:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **kw): print('new', a, kw); return super().__new__(cls)


copy.copy(G())
print(copy.deepcopy(OSError(2, 'x', 'f')).filename)


class M:
    def f(self): return self


mm = M().f; c = copy.deepcopy(mm); print(c.__self__ is not mm.__self__)


class R:
    pass


copyreg.pickle(R, lambda r: (R, ()))
print(type(copy.copy(R())).__name__)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(str.join) is str.join)
print(copy.deepcopy([].append).__self__ == [])


class L(list):
    def append(self, v): print('append', v); super().append(v)
    def extend(self, v): print('extend', v); super().extend(v)


l = L([1, 2]); copy.copy(l); copy.deepcopy(l)


class D(dict):
    def __setitem__(self, k, v): print('set', k, v); super().__setitem__(k, v)


d = D(a=1); copy.copy(d); copy.deepcopy(d)


class NoDict:
    __slots__ = ('a',)
    def __reduce_ex__(self, p): return (NoDict, (), ({}, {'a': 5}))


try:
    copy.copy(NoDict())
except AttributeError as exc:
    print('AttributeError')


class WithSlots:
    __slots__ = ('a',)
    def __reduce_ex__(self, p): return (WithSlots, (), (None, {'a': 5}))


print(copy.copy(WithSlots()).a)


class Custom:
    def __init__(self): self.log = []
    def __deepcopy__(self, memo):
        print('memo has self', id(self) in memo)
        return 'deep!'


cu = Custom(); memo = {}
print(copy.deepcopy([cu, cu], memo), sum(1 for v in memo.values() if v == 'deep!'))
print(copy.Error is copy.error, copy.Error.__doc__)
