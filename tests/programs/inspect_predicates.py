import abc
import functools
import inspect
import sys
import types

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def func(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
lam = lambda: 0

class A:
    """Doc of A."""
    cls_attr = 1
    __slots__ = ('slot',)
    def method(self):
        """Method doc."""
    @property
    def prop(self):
        return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass

g = gen()
c = coro()
ag = agen()
objects = [('func', func), ('gen', gen), ('coro', coro), ('agen', agen), ('lam', lam),
           ('A', A), ('A()', A()), ('A.method', A.method), ('bound', A().method),
           ('cm', A.cm), ('sm', A.sm), ('len', len), ('list.append', list.append),
           ('[].append', [].append), ('int.__add__', int.__add__), ('(1).__add__', (1).__add__),
           ('dict.fromkeys raw', dict.__dict__['fromkeys']), ('sys', sys), ('g', g), ('c', c), ('ag', ag),
           ('code', func.__code__), ('frame', sys._getframe()), ('prop', A.__dict__['prop']),
           ('slot', A.__dict__['slot']), ('partial', functools.partial(gen)), ('int', int), ('3', 3)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
         'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
         'isbuiltin', 'isroutine', 'iscode', 'isframe', 'istraceback', 'ismethoddescriptor',
         'isdatadescriptor', 'ismemberdescriptor', 'ismethodwrapper', 'isabstract']
for name, obj in objects:
    print(name.ljust(18), ''.join('1' if getattr(inspect, p)(obj) else '.' for p in preds))
c.close()
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.isframe(e.__traceback__.tb_frame))

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
class Half(Base):
    pass
class Full(Base):
    def run(self): return 1
print(inspect.isabstract(Base), inspect.isabstract(Half), inspect.isabstract(Full), inspect.isabstract(A), inspect.isabstract(Full()))

def dmark(): pass
m = inspect.markcoroutinefunction(dmark)
print(m is dmark, inspect.iscoroutinefunction(dmark), inspect.iscoroutinefunction(func))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(functools.partial(functools.partial(gen))))

def states():
    x = 5
    yield inspect.getgeneratorstate(gg)
    yield x
gg = states()
print(inspect.getgeneratorstate(gg), next(gg), inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
gg.close()
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
t('locals non gen', lambda: inspect.getgeneratorlocals(3))
async def cstate():
    return 1
cc = cstate()
print(inspect.getcoroutinestate(cc))
try:
    cc.send(None)
except StopIteration as e:
    print('stop', e.value)
print(inspect.getcoroutinestate(cc), inspect.getcoroutinelocals(cc))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED, inspect.CO_GENERATOR, inspect.CO_COROUTINE,
      inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.TPFLAGS_IS_ABSTRACT)

class P:
    def __init__(self):
        self.inst = 2
    x = 1
    def meth(self): pass
class Q(P):
    y = 3
print([n for n, v in inspect.getmembers(Q) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Q(), inspect.ismethod)])
print([(n, v) for n, v in inspect.getmembers(Q()) if n in ('inst', 'x', 'y')])
print([n for n, v in inspect.getmembers_static(Q) if not n.startswith('__')])
print(inspect.getmro(Q) == (Q, P, object), inspect.getmro(bool) == (bool, int, object))

class Desc:
    def __get__(self, obj, owner=None):
        return 'computed'
class HasDesc:
    d = Desc()
    @property
    def p(self):
        raise RuntimeError('should not run')
    def __getattr__(self, name):
        return 'dynamic'
hd = HasDesc()
hd.__dict__['own'] = 'mine'
print(hd.d, type(inspect.getattr_static(hd, 'd')).__name__, type(inspect.getattr_static(hd, 'p')).__name__)
print(inspect.getattr_static(hd, 'own'), inspect.getattr_static(hd, 'missing', 'dflt'), hd.missing)
t('static missing', lambda: inspect.getattr_static(hd, 'missing'))
print(inspect.getattr_static(HasDesc, 'p') is HasDesc.__dict__['p'])

def inner(): pass
@functools.wraps(inner)
def outer(): pass
@functools.wraps(outer)
def outer2(): pass
print(inspect.unwrap(outer2) is inner, inspect.unwrap(outer2, stop=lambda f: f is outer) is outer, inspect.unwrap(inner) is inner)
def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).startswith('wrapper loop when unwrapping <function loop'))
