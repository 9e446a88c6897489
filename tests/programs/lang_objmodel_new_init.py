# __init__ vs __new__ argument errors and messages; object.__init__/__new__ excess-args rules
def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', r if not hasattr(r, '__dict__') or isinstance(r, type) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class Plain: pass
show('plain args', lambda: Plain(1))
show('plain kw', lambda: Plain(a=1))
class InitOnly:
    def __init__(self, a): self.a = a
show('init ok', lambda: InitOnly(1))
show('init missing', lambda: InitOnly())
show('init extra', lambda: InitOnly(1, 2))
show('init kw bad', lambda: InitOnly(b=2))
show('init kw dup', lambda: InitOnly(1, a=2))
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
show('new ok', lambda: NewOnly(1))
show('new missing', lambda: NewOnly())
show('new extra', lambda: NewOnly(1, 2))
class NewPassesArgs:
    def __new__(cls, *a): return super().__new__(cls, *a)
show('new passes args', lambda: NewPassesArgs(1))
class NewPassesArgsWithInit:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
show('new passes args w/init', lambda: NewPassesArgsWithInit(1))
class InitPassesArgs:
    def __init__(self, *a): super().__init__(*a)
show('init passes args', lambda: InitPassesArgs(1))
class InitPassesArgsWithNew:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
show('init passes args w/new', lambda: InitPassesArgsWithNew(1))
show('object() args', lambda: object(1))
show('object.__new__ no args', lambda: object.__new__())
show('object.__new__ nontype', lambda: object.__new__(5))
show('object.__new__ int', lambda: object.__new__(int))
show('int.__new__ obj', lambda: int.__new__(object))
show('int.__new__ str', lambda: int.__new__(str))
show('object.__init__ extra', lambda: object.__init__(Plain(), 1))
show('object.__init__ unbound', lambda: object.__init__())
show('object.__new__ kw', lambda: object.__new__(Plain, x=1))
show('list.__new__ extra', lambda: list.__new__(list, 1, 2, 3))
show('list init extra', lambda: list(1, 2))
show('dict bad', lambda: dict(1))
show('dict bad seq', lambda: dict([1]))
show('dict bad seq2', lambda: dict([(1, 2, 3)]))
show('tuple kw', lambda: tuple(x=1))
show('int kw', lambda: int(x=1))
show('int base kw', lambda: int('11', base=2))
show('str kw', lambda: str(object=5))
show('float kw', lambda: float(x=1))
show('set kw', lambda: set(x=1))
show('frozenset kw', lambda: frozenset(x=1))
show('list kw', lambda: list(x=1))
show('bool 2', lambda: bool(1, 2))
show('type(x) kw', lambda: type(1, x=2))
# subclass of builtin with __init__ extra args
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
show('list sub init', lambda: list(L(1, 2)))
class L2(list): pass
show('list sub extra', lambda: L2(1, 2))
show('list sub kw', lambda: L2(x=1))
class T(tuple):
    def __init__(self, *a): pass
show('tuple sub init args', lambda: T([1], 2))
class T2(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
show('tuple sub new', lambda: tuple(T2(1, 2)))
class I(int):
    def __init__(self, v, extra=None): self.extra = extra
show('int sub extra', lambda: (I(5, 'e'), I(5, 'e').extra))
show('int sub kw', lambda: I('5', extra=1))
class I2(int): pass
show('int sub bad kw', lambda: I2(5, foo=1))
class S(str):
    def __new__(cls, v, tag): 
        o = super().__new__(cls, v); o.tag = tag; return o
show('str sub new', lambda: (S('x', 't'), S('x', 't').tag))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.inited = True
show('dict sub', lambda: (D(a=1), D(a=1).inited))
class D2(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
show('dict sub new extra', lambda: D2(1, 2))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
show('exc sub', lambda: (repr(E(1, 2)), str(E(1, 2)), E(1, 2).args))
class E2(Exception):
    def __init__(self): pass
show('exc sub noinit args', lambda: (repr(E2()), E2().args, str(E2())))
class E3(Exception):
    def __new__(cls, *a): return super().__new__(cls, 'fixed')
show('exc sub new', lambda: (E3(1, 2).args))
class E4(Exception):
    def __init__(self, *a): pass
show('exc sub init noop', lambda: (E4(1, 2).args, str(E4(1, 2))))
show('exc kw', lambda: Exception(x=1))
class E5(Exception):
    def __init__(self, msg, *, code): super().__init__(msg); self.code = code
show('exc kwonly', lambda: (E5('m', code=3).code, repr(E5('m', code=3))))
show('BaseException kw', lambda: BaseException(a=1))
show('OSError args', lambda: (OSError(2, 'nf').errno, str(OSError(2, 'nf', 'f')), type(OSError(2, 'x')).__name__))
show('KeyError str', lambda: (str(KeyError('a')), str(KeyError('a', 'b')), str(KeyError())))
show('UnicodeDecodeError bad', lambda: UnicodeDecodeError('x'))
show('StopIteration value', lambda: (StopIteration(1, 2).value, StopIteration().value))
show('SystemExit code', lambda: (SystemExit(1, 2).code, SystemExit().code))
show('exc with_traceback', lambda: Exception().with_traceback(5))
show('exc args set', lambda: (lambda e: (setattr(e, 'args', [1, 2]), e.args)[1])(Exception()))
show('exc str many', lambda: str(Exception(1, 2)))
show('exc repr one', lambda: repr(ValueError('x')))
show('exc repr trailing comma', lambda: repr(ValueError(('x',))))
show('exc __str__ override', lambda: repr(type('X', (Exception,), {'__str__': lambda s: 'ovr'})('a')))
show('ImportError kw', lambda: (ImportError('m', name='n', path='p').name, ImportError('m', bad=1)))
show('AttributeError kw', lambda: AttributeError('m', name='n', obj=1).obj)
show('NameError kw', lambda: NameError('m', name='n').name)
# calling __init__ twice, and __init__ returning value
class RetInit:
    def __init__(self): return 5
show('init returns', lambda: RetInit())
class RetNoneInit:
    def __init__(self): return None
show('init returns None', lambda: RetNoneInit())
# calling a class with __call__ defined on instance
class CallInst:
    pass
ci = CallInst(); ci.__call__ = lambda: 'inst call'
show('inst __call__', lambda: ci())
# __init__ defined as staticmethod / non-callable
class WeirdInit:
    __init__ = 5
show('weird init', lambda: WeirdInit())
class WeirdNew:
    __new__ = 5
show('weird new', lambda: WeirdNew())
class NewStatic:
    @staticmethod
    def __new__(cls, x): return object.__new__(cls)
show('new static', lambda: NewStatic(1))
class NewClassmethod:
    @classmethod
    def __new__(cls, *a): return ('cm', cls.__name__, a)
show('new classmethod', lambda: NewClassmethod(1))
# abstract classes
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
show('abstract', lambda: Abs())
class Conc(Abs):
    def f(self): pass
show('abstract one', lambda: Conc())
class Conc2(Conc):
    def g(self): pass
show('concrete', lambda: Conc2())
