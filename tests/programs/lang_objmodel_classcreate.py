# class creation via type()/types.new_class: __set_name__, __init_subclass__ kwargs, __classcell__, __qualname__ in ns, __orig_bases__
import types
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class SN:
    def __set_name__(self, owner, name): print('  set_name', owner.__name__, name)
show('type() set_name', lambda: type('X', (), {'a': SN(), 'b': SN()}).__name__)
class Base:
    def __init_subclass__(cls, **kw): print('  init_subclass', cls.__name__, kw)
show('type() kwargs', lambda: type('Y', (Base,), {}, k=1).__name__)
show('new_class', lambda: types.new_class('Z', (Base,), {'k': 2}, lambda ns: ns.update({'q': 1})).q)
show('ns qualname', lambda: type('Q', (), {'__qualname__': 'A.B.Q'}).__qualname__)
show('ns qualname bad', lambda: type('Q', (), {'__qualname__': 5}))
show('ns module', lambda: type('Q', (), {}).__module__)
show('ns doc', lambda: type('Q', (), {'__doc__': 'dd'}).__doc__)
show('no doc', lambda: (type('Q', (), {}).__doc__, '__doc__' in type('Q', (), {}).__dict__))
show('ns slots str', lambda: type('Q', (), {'__slots__': 'a'})().__class__.__slots__)
show('name with dots', lambda: type('a.b', (), {}).__name__)
show('ns classcell wrong', lambda: type('Q', (), {'__classcell__': 5}))
def classcell_meta():
    class M(type):
        def __new__(m, n, b, ns):
            ns2 = dict(ns); ns2.pop('__classcell__', None)
            return super().__new__(m, n, b, ns2)
    class X(metaclass=M):
        def f(self): return __class__
    return X().f()
show('classcell dropped', classcell_meta)
def classcell_ok():
    class M(type):
        def __new__(m, n, b, ns):
            return super().__new__(m, n, b, ns)
    class X(metaclass=M):
        def f(self): return __class__
    return X().f() is X
show('classcell ok', classcell_ok)
show('orig bases', lambda: types.new_class('G', (list[int],)).__orig_bases__)
show('resolve_bases', lambda: types.resolve_bases((list[int], int)))
show('prepare_class', lambda: types.prepare_class('P', (), {'metaclass': type, 'x': 1})[2])
class WithPrepare(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print('  prepare kw', kw)
        return {'injected': 1}
    def __new__(m, n, b, ns, **kw): return super().__new__(m, n, b, ns)
    def __init__(c, n, b, ns, **kw): super().__init__(n, b, ns)
def wp():
    class X(metaclass=WithPrepare, flag=True):
        y = injected + 1
    return X.y, X.injected
show('prepare inject', wp)
show('type.__prepare__', lambda: (type.__prepare__('x', ()), type(type.__prepare__())))
# type.__new__ with wrong metaclass arg
show('type.__new__ no args', lambda: type.__new__(type))
show('type.__new__ nonmeta', lambda: type.__new__(int, 'x', (), {}))
show('type.__init__ bad', lambda: type.__init__(type('X', (), {}), 'x'))
# dynamic class with methods and super
def make():
    def m(self): return 'dyn ' + super(X, self).__repr__()[:9]
    X = type('X', (), {'m': m})
    return X().m()
show('dyn super', make)
# __init_subclass__ classmethod explicit
class ExplicitCM:
    @classmethod
    def __init_subclass__(cls, **kw): print('  explicit cm', cls.__name__)
class SubE(ExplicitCM): pass
# class keyword metaclass=None ?
def meta_none():
    class X(metaclass=None): pass
show('metaclass None', meta_none)
def meta_int():
    class X(metaclass=5): pass
show('metaclass int', meta_int)
def base_instance():
    class X(5): pass
show('base instance', base_instance)
def base_func():
    class X(len): pass
show('base builtin func', base_func)
def base_none():
    class X(None): pass
show('base None', base_none)
def base_module():
    class X(types): pass
show('base module', base_module)
# non-type base with __mro_entries__ returning non-tuple
class BadME:
    def __mro_entries__(self, b): return 5
def bad_me():
    class X(BadME()): pass
show('bad mro_entries', bad_me)
# __build_class__ with non-function
show('build_class bad', lambda: __build_class__(5, 'X'))
show('build_class no name', lambda: __build_class__(lambda: None))
# class decorators order
def deco(tag):
    def d(c):
        print('  deco', tag); c.tags = getattr(c, 'tags', ()) + (tag,); return c
    return d
@deco('outer')
@deco('inner')
class Decorated: pass
show('decorated', lambda: Decorated.tags)
# class body return value / locals()
def body_locals():
    class X:
        a = 1
        names = sorted(k for k in locals() if not k.startswith('__'))
    return X.names
show('body locals', body_locals)
def body_del():
    class X:
        a = 1
        del a
    return hasattr(X, 'a')
show('body del', body_del)
def body_global():
    class X:
        global GG
        GG = 'g'
    return GG
show('body global', body_global)
def body_nonlocal():
    v = 1
    class X:
        nonlocal v
        v = 2
    return v
show('body nonlocal', body_nonlocal)
