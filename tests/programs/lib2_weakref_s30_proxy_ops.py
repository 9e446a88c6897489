# weakref.proxy passes operators, conversions, item access and dir() through to the referent.
import weakref, operator


class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __sub__(self, o): return ('sub', o)
    def __rsub__(self, o): return ('rsub', o)
    def __mul__(self, o): return ('mul', o)
    def __rmul__(self, o): return ('rmul', o)
    def __matmul__(self, o): return ('matmul', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __truediv__(self, o): return ('truediv', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __floordiv__(self, o): return ('floordiv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __mod__(self, o): return ('mod', o)
    def __rmod__(self, o): return ('rmod', o)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
    def __lshift__(self, o): return ('lshift', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rshift__(self, o): return ('rshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __and__(self, o): return ('and', o)
    def __rand__(self, o): return ('rand', o)
    def __or__(self, o): return ('or', o)
    def __ror__(self, o): return ('ror', o)
    def __xor__(self, o): return ('xor', o)
    def __rxor__(self, o): return ('rxor', o)
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return 'imul-result'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
    def __index__(self): return 1
    def __float__(self): return 2.0
    def __int__(self): return 3
    def __lt__(self, o): return ('lt', o)
    def __le__(self, o): return ('le', o)
    def __gt__(self, o): return ('gt', o)
    def __ge__(self, o): return ('ge', o)
    def __ne__(self, o): return ('ne', o)
    def __eq__(self, o): return ('eq', o)
    __hash__ = object.__hash__
    def meth(self):
        return 'meth of %r' % (self,)


o = V(1)
p = weakref.proxy(o)
o2 = V(2)
p2 = weakref.proxy(o2)


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


binary = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'pow']
for name in binary:
    op = getattr(operator, name)
    show(name + ' p,7', lambda: op(p, 7))
    show(name + ' 7,p', lambda: op(7, p))
    show(name + ' p,p2', lambda: op(p, p2))
show('divmod p,7', lambda: divmod(p, 7))
show('divmod 7,p', lambda: divmod(7, p))
show('pow3', lambda: pow(p, 2, 5))
for label, fn in [('neg', lambda: -p), ('pos', lambda: +p), ('abs', lambda: abs(p)),
                  ('invert', lambda: ~p), ('index', lambda: [10, 20][p]),
                  ('operator.index', lambda: operator.index(p)),
                  ('float', lambda: float(p)), ('int', lambda: int(p)),
                  ('hex', lambda: hex(p)), ('range', lambda: list(range(p, 4))),
                  ('lt', lambda: p < 5), ('le', lambda: p <= 5), ('gt', lambda: p > 5),
                  ('ge', lambda: p >= 5), ('eq', lambda: p == 5), ('ne', lambda: p != 5),
                  ('lt p p2', lambda: p < p2), ('eq p p2', lambda: p == p2),
                  ('rev lt', lambda: 5 < p), ('meth', lambda: p.meth()),
                  ('dir', lambda: 'meth' in dir(p) and 'v' in dir(p)),
                  ('dir sorted', lambda: dir(p) == sorted(dir(p))),
                  ('hash', lambda: hash(p)),
                  ('ref-of-proxy', lambda: weakref.ref(p) and 'created'),
                  ('proxy-of-proxy', lambda: weakref.proxy(p) and 'created'),
                  ('type', lambda: type(p).__name__),
                  ('type module', lambda: type(p).__module__),
                  ('class', lambda: p.__class__.__name__)]:
    show(label, fn)

# In-place operators call the referent's and rebind to what it returns.
q = p
q += 5
print('iadd', o.v, type(q).__name__, q is o)
q = p
q -= 2
print('isub', o.v, type(q).__name__)
q = p
q *= 3
print('imul', q)
q = p
q |= 3
print('ior fallback', q)
q = p
q **= 2
print('ipow fallback', q)


class Plain:
    pass


pl = Plain()
pp = weakref.proxy(pl)
for label, fn in [('plain +', lambda: pp + 1), ('plain radd', lambda: 1 + pp),
                  ('plain neg', lambda: -pp), ('plain int', lambda: int(pp)),
                  ('plain float', lambda: float(pp)), ('plain index', lambda: [1][pp]),
                  ('plain lt', lambda: pp < 1), ('plain len', lambda: len(pp)),
                  ('plain getitem', lambda: pp[0]), ('plain iter', lambda: iter(pp)),
                  ('plain next', lambda: next(pp)), ('plain bool', lambda: bool(pp)),
                  ('plain eq', lambda: pp == pl), ('plain ne', lambda: pp != pl)]:
    show(label, fn)


def inplace_plain():
    r = pp
    r += 1
    return r


show('plain iadd', inplace_plain)


class Seq(list):
    pass


s = Seq([3, 1, 2])
sp = weakref.proxy(s)
show('seq len', lambda: len(sp))
show('seq getitem', lambda: sp[1])
show('seq slice', lambda: sp[0:2])
sp[0] = 9
print('seq setitem', s)
del sp[0]
print('seq delitem', s)
show('seq contains', lambda: 2 in sp)
show('seq iter', lambda: list(sp))
show('seq reversed', lambda: list(reversed(sp)))
show('seq bool', lambda: bool(sp))
show('seq add', lambda: sp + [5])
show('seq radd', lambda: [5] + sp)
show('seq mul', lambda: sp * 2)
show('seq eq', lambda: sp == [1, 2])
show('seq str', lambda: str(sp))
sq = sp
sq += [7]
print('seq iadd', s, type(sq).__name__)


class D(dict):
    pass


d = D(a=1, b=2)
dp = weakref.proxy(d)
show('dict getitem', lambda: dp['a'])
dp['c'] = 3
del dp['a']
print('dict set/del', sorted(d.items()))
show('dict keys', lambda: sorted(dp.keys()))
show('dict missing', lambda: dp['zz'])


class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = It()
ip = weakref.proxy(it)
show('next', lambda: next(ip))
show('iter rest', lambda: list(ip))


class B:
    def __bytes__(self):
        return b'bytes!'


b = B()
bp = weakref.proxy(b)
show('bytes', lambda: bytes(bp))

del o
show('dead add', lambda: p + 1)
show('dead radd', lambda: 1 + p)
show('dead neg', lambda: -p)
show('dead int', lambda: int(p))
show('dead index', lambda: operator.index(p))
show('dead eq', lambda: p == 1)


def dead_iadd():
    r = p
    r += 1
    return r


show('dead iadd', dead_iadd)
