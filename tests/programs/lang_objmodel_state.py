# object state protocol: __getstate__/__setstate__/__reduce_ex__ for slotted/dict/builtin-subclass objects via copy and pickle
import copy, pickle
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class Sl:
    __slots__ = ('a', 'b')
    def __repr__(self): return f'Sl({getattr(self, "a", "-")}, {getattr(self, "b", "-")})'
s = Sl(); s.a = 1
show('getstate slots', lambda: s.__getstate__())
show('copy slots', lambda: copy.copy(s))
show('deepcopy slots', lambda: copy.deepcopy(s))
show('pickle slots', lambda: pickle.loads(pickle.dumps(s)))
class SlD:
    __slots__ = ('a', '__dict__')
sd = SlD(); sd.a = 1; sd.z = 2
show('getstate slots+dict', lambda: sd.__getstate__())
show('copy slots+dict', lambda: (lambda c: (c.a, c.z))(copy.copy(sd)))
class Plain:
    pass
p = Plain(); p.x = 1
show('getstate plain', lambda: p.__getstate__())
show('getstate empty', lambda: Plain().__getstate__())
class L(list):
    pass
l = L([1, 2]); l.tag = 't'
show('copy list sub', lambda: (lambda c: (type(c).__name__, c, c.tag))(copy.copy(l)))
show('pickle list sub', lambda: (lambda c: (type(c).__name__, c, c.tag))(pickle.loads(pickle.dumps(l))))
class D(dict):
    pass
d = D(a=1); d.tag = 't'
show('deepcopy dict sub', lambda: (lambda c: (type(c).__name__, c, c.tag))(copy.deepcopy(d)))
class I(int):
    pass
i = I(5); i.tag = 't'
show('copy int sub', lambda: (lambda c: (type(c).__name__, c, c.tag))(copy.copy(i)))
show('pickle int sub', lambda: (lambda c: (type(c).__name__, c, c.tag))(pickle.loads(pickle.dumps(i))))
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
show('custom state', lambda: (copy.copy(GS()).v, pickle.loads(pickle.dumps(GS())).v))
class FalsyState:
    def __init__(self): self.v = 1
    def __getstate__(self): return 0
    def __setstate__(self, st): print('  setstate called', st)
show('falsy state', lambda: hasattr(copy.copy(FalsyState()), 'v'))
class NewArgs:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
show('getnewargs', lambda: (copy.copy(NewArgs(3)).x, pickle.loads(pickle.dumps(NewArgs(4))).x))
show('reduce_ex plain', lambda: (lambda r: (r[0].__name__, r[1][0].__name__, r[2]))(p.__reduce_ex__(2)))
show('reduce_ex 1', lambda: (lambda r: (r[0].__name__, r[1][:2], r[2]))(p.__reduce_ex__(1)))
class NoPickle:
    def __reduce__(self): raise TypeError('nope')
show('reduce raises', lambda: copy.copy(NoPickle()))
