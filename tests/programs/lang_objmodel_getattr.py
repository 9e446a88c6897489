# __getattr__ / __getattribute__ / __setattr__ / __delattr__ interplay and builtins that use them
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class GA:
    x = 1
    def __getattr__(self, name):
        if name.startswith('no'):
            raise AttributeError(f'custom {name}')
        return 'ga:' + name
g = GA()
show('found', lambda: g.x)
show('missing', lambda: g.y)
show('custom err', lambda: g.nope)
show('getattr default', lambda: getattr(g, 'nope', 'dflt'))
show('hasattr', lambda: (hasattr(g, 'nope'), hasattr(g, 'yes')))
show('dunder via getattr', lambda: g.__foo__)
show('len not via getattr', lambda: len(g))
show('str via type', lambda: str(g)[:10])

class GAT:
    def __getattribute__(self, name):
        if name == 'boom': raise KeyError('boom')
        if name == 'fall': raise AttributeError('fallthrough')
        if name == 'dict': return object.__getattribute__(self, '__dict__')
        return 'gat:' + name
    def __getattr__(self, name):
        return 'ga:' + name
t = GAT()
show('gat', lambda: t.anything)
show('gat fall', lambda: t.fall)
show('gat boom', lambda: t.boom)
show('gat hasattr boom', lambda: hasattr(t, 'boom'))
show('gat getattr default boom', lambda: getattr(t, 'boom', 1))
show('gat __class__', lambda: t.__class__)
show('gat type', lambda: type(t).__name__)
show('gat isinstance', lambda: isinstance(t, GAT))
show('gat repr', lambda: repr(t)[:12])

# getattr raising AttributeError inside property -> falls to __getattr__
class PropFall:
    @property
    def p(self): return self.missing_inner
    def __getattr__(self, n): return 'ga:' + n
show('prop fall', lambda: PropFall().p)

# __setattr__
class SA:
    def __init__(self):
        self.a = 1
    def __setattr__(self, k, v):
        print('  setattr', k, v)
        object.__setattr__(self, k, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, k):
        print('  delattr', k)
        object.__delattr__(self, k)
s = SA()
show('sa a', lambda: s.a)
def f1(): s.b = 5; return s.b
show('sa b', f1)
show('setattr()', lambda: (setattr(s, 'c', 3), s.c))
def f2(): del s.b; return hasattr(s, 'b')
show('del', f2)
def f3(): del s.zzz
show('del missing', f3)
show('delattr()', lambda: delattr(s, 'c'))
show('object.__setattr__ on builtin', lambda: object.__setattr__(1, 'x', 1))
show('object.__setattr__ on type', lambda: object.__setattr__(int, 'x', 1))
show('type.__setattr__ obj', lambda: type.__setattr__(s, 'x', 1))
show('setattr int', lambda: setattr(1, 'x', 1))
show('setattr builtin type', lambda: setattr(int, 'x', 1))
show('setattr list', lambda: setattr([], 'append', 1))
show('setattr object()', lambda: setattr(object(), 'x', 1))
show('setattr nonstr', lambda: setattr(s, 5, 1))
show('getattr nonstr', lambda: getattr(s, 5))
show('delattr builtin', lambda: delattr(int, 'real'))
show('del builtin attr', lambda: delattr([], 'append'))
def f4():
    f = lambda: 0
    f.x = 1
    del f.x
    del f.x
show('del func attr twice', f4)
def f5():
    class C: pass
    del C.nothing
show('del class attr missing', f5)
def f6():
    class C: pass
    C().__dict__ = 5
show('set __dict__ bad', f6)
def f7():
    class C: pass
    c = C(); c.__dict__ = {'q': 1}; return c.q
show('set __dict__', f7)
def f8():
    class C: pass
    c = C(); del c.__dict__; return c.__dict__
show('del __dict__', f8)
# __getattr__ on class (via metaclass)
class MGA(type):
    def __getattr__(cls, n): return 'meta-ga:' + n
class WithMGA(metaclass=MGA): pass
show('meta ga', lambda: WithMGA.foo)
show('meta ga inst', lambda: WithMGA().foo)
# module-level __getattr__
import types
m = types.ModuleType('mm')
m.__getattr__ = lambda n: 'mod-ga:' + n
show('module ga', lambda: m.zz)
show('module dir', lambda: sorted(dir(m)))
m2 = types.ModuleType('mm2')
show('module missing', lambda: m2.zz)
m3 = types.ModuleType('mm3'); m3.__dict__.pop('__name__')
show('module noname missing', lambda: m3.zz)
# AttributeError name/obj attributes
class Obj: pass
o = Obj()
def ae():
    try:
        o.missing
    except AttributeError as e:
        return e.name, e.obj is o, str(e)
show('ae attrs', ae)
def ae2():
    try:
        getattr(o, 'm2')
    except AttributeError as e:
        return e.name, e.obj is o
show('ae attrs getattr', ae2)
def ae3():
    try:
        GA().nope
    except AttributeError as e:
        return e.name, type(e.obj).__name__
show('ae attrs custom', ae3)
def ae4():
    try:
        Obj.missing
    except AttributeError as e:
        return e.name, e.obj is Obj, str(e)
show('ae class', ae4)
show('none attr', lambda: None.foo)
show('int attr', lambda: (1).foo)
show('type attr', lambda: int.foo)
show('module attr', lambda: types.foo)
show('suggest', lambda: [].apend)
# __getattribute__ on the type affects dunder lookup? (no)
class GAT2:
    def __getattribute__(self, n):
        print('  GAT2 getattribute', n)
        return object.__getattribute__(self, n)
    def __len__(self): return 3
    def meth(self): return 'm'
g2 = GAT2()
show('len bypasses', lambda: len(g2))
show('method', lambda: g2.meth())
show('dunder explicit', lambda: g2.__len__())
# object.__getattribute__ with non-str
show('oga nonstr', lambda: object.__getattribute__(g2, 1))
# __dir__
class Dir:
    def __dir__(self): return ['b', 'a', 'c']
show('dir', lambda: dir(Dir()))
class DirBad:
    def __dir__(self): return 5
show('dir bad', lambda: dir(DirBad()))
class DirTuple:
    def __dir__(self): return ('z', 'y')
show('dir tuple', lambda: dir(DirTuple()))
