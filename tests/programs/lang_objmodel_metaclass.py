# metaclasses: __prepare__, __new__/__init__/__call__, __init_subclass__ kwargs, __class_getitem__, conflicts
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class OrderedNS(dict):
    def __setitem__(self, k, v):
        print('  ns set', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')), sorted(kw))
        cls = super().__new__(mcls, name, bases, dict(ns))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, sorted(kw))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, alpha=1):
    x = 1
    def f(self): pass
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Base, beta=2):
    y = 2
show('sub', lambda: (type(Sub).__name__, Sub.x, Sub.y))
show('instantiate', lambda: type(Sub()).__name__)

# __prepare__ returning non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(m, n, b): return 5
def bp():
    class X(metaclass=BadPrep): pass
show('bad prepare', bp)
# __prepare__ returns mapping missing __getitem__ for reading names
class Mp(type):
    @classmethod
    def __prepare__(m, n, b):
        class NS(dict):
            def __getitem__(self, k):
                print('  ns get', k)
                return dict.__getitem__(self, k)
        return NS()
def mp():
    class X(metaclass=Mp):
        a = 1
        b = a + 1
    return X.b
show('ns getitem', mp)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
def conflict():
    class X(A1, A2): pass
show('conflict', conflict)
class M3(M1, M2): pass
def resolved():
    class X(A1, A2, metaclass=M3): pass
    return type(X).__name__
show('resolved', resolved)
def derived_wins():
    class X(A1, metaclass=type): pass
    return type(X).__name__
show('derived wins', derived_wins)
# metaclass is a function
def fmeta(name, bases, ns, **kw):
    print('fmeta', name, kw)
    return 42
def fm():
    class X(metaclass=fmeta, k=1): pass
    return X
show('func meta', fm)
# type() 1-arg and 3-arg errors
show('type1', lambda: type(5).__name__)
show('type2', lambda: type('a', (object,)))
show('type bad bases', lambda: type('a', 5, {}))
show('type bad ns', lambda: type('a', (), 5))
show('type bad name', lambda: type(5, (), {}))
show('type bad base', lambda: type('a', (5,), {}))
show('type bool base', lambda: type('a', (bool,), {}))
show('type kw', lambda: type('a', (), {}, x=1))
show('type 0', lambda: type())
show('duplicate base', lambda: type('a', (int, int), {}))
def mro_fail():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
show('mro fail', mro_fail)
# __class_getitem__
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
show('cgi', lambda: G[int])
show('cgi tuple', lambda: G[int, str])
show('cgi inst', lambda: G()[0])
show('cgi implicit classmethod', lambda: type(G.__dict__['__class_getitem__']).__name__)
class GM(type):
    def __getitem__(cls, i): return 'meta getitem'
class G2(metaclass=GM):
    def __class_getitem__(cls, i): return 'cgi'
show('meta wins', lambda: G2[0])
show('list generic', lambda: (list[int], dict[str, list[int]], type(list[int]).__name__))
show('no cgi', lambda: object[int])
# __init_subclass__ implicit classmethod
class IS:
    def __init_subclass__(cls, /, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class IS1(IS, tag='t1'): pass
class IS2(IS1): pass
show('tags', lambda: (IS1.tag, IS2.tag, type(IS.__dict__['__init_subclass__']).__name__))
# __set_name__ ordering and __init_subclass__ sees set_name done
class SN:
    def __set_name__(self, o, n): print('set_name', n)
class ISN:
    def __init_subclass__(cls): print('init_subclass', cls.__name__)
class ISN1(ISN):
    a = SN(); b = SN()
# metaclass attribute lookups and instance visibility
class MetaA(type):
    meta_attr = 'm'
    def meta_method(cls): return 'mm ' + cls.__name__
class CA(metaclass=MetaA): pass
show('meta attr cls', lambda: (CA.meta_attr, CA.meta_method()))
show('meta attr inst', lambda: CA().meta_attr)
# __call__ returning something else skips __init__
class MC(type):
    def __call__(cls, *a): return 'not instance'
class CC(metaclass=MC):
    def __init__(self): print('never')
show('meta call other', lambda: CC())
# __new__ returning other type skips __init__
class NO:
    def __new__(cls): return 7
    def __init__(self): print('never')
show('new other', lambda: NO())
class NS2:
    def __new__(cls): return object.__new__(NS3)
    def __init__(self): print('NS2 init')
class NS3(NS2):
    def __init__(self): print('NS3 init')
show('new subclass', lambda: type(NS2()).__name__)
# __mro_entries__
class ME:
    def __mro_entries__(self, bases): return (dict,)
def me():
    class X(ME()): pass
    return [c.__name__ for c in X.__mro__], X.__orig_bases__[0].__class__.__name__
show('mro entries', me)
# mro() override
class RevMeta(type):
    def mro(cls):
        return [cls] + [c for c in type.mro(cls)[1:]][::-1] if cls.__name__ == 'RR' else type.mro(cls)
class RB1: pass
show('mro override', lambda: [c.__name__ for c in RevMeta('RR', (RB1,), {}).__mro__])
# __qualname__ / __module__ / __doc__
class Doc:
    "the doc"
show('qual', lambda: (Doc.__qualname__, Doc.__module__, Doc.__doc__))
def setq():
    Doc.__qualname__ = 5
show('set qual bad', setq)
def setn():
    Doc.__name__ = 'x\0y'
show('set name nul', setn)
def setn2():
    Doc.__name__ = 'NewDoc'; return repr(Doc)
show('set name', setn2)
show('bases', lambda: (Doc.__bases__, Doc.__base__, object.__base__, bool.__base__))
def setbases():
    class P: pass
    class Q: pass
    class R(P): pass
    R.__bases__ = (Q,)
    return [c.__name__ for c in R.__mro__]
show('set bases', setbases)
show('set bases obj', lambda: setattr(Doc, '__bases__', ()))
show('subclasses', lambda: sorted(c.__name__ for c in IS.__subclasses__()))
show('instancecheck', lambda: (isinstance(IS2(), IS), issubclass(IS2, (int, IS)), issubclass(IS2, IS2)))
show('issubclass bad', lambda: issubclass(5, int))
show('issubclass bad2', lambda: issubclass(int, 5))
show('isinstance bad', lambda: isinstance(5, 5))
