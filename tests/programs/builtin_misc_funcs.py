# aiter/anext existence, breakpoint callability, __import__, __build_class__, __debug__.
print(callable(aiter), callable(anext), callable(breakpoint), aiter.__name__, anext.__name__, breakpoint.__name__)
for f in [lambda: aiter([1]), lambda: anext(iter([1])), lambda: aiter()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class AIt:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
it = AIt()
print(aiter(it) is it)
aw = anext(it, 'default')
try:
    aw.send(None)
except StopIteration as e:
    print('anext default via StopIteration:', e.value)
m = __import__('math')
print(m.floor(2.7), __import__('math') is m, type(m).__name__, m.__name__)
osp = __import__('os.path')
print(osp.__name__, hasattr(osp, 'path'))
fromlist = __import__('os.path', fromlist=['join'])
print(fromlist.__name__ in ('posixpath', 'ntpath'), hasattr(fromlist, 'join'))
try:
    __import__('no_such_module_xyz')
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
def body():
    attr = 5
    def method(self):
        return self.attr * 2
K = __build_class__(body, 'K')
print(K.__name__, hasattr(K, 'attr'), hasattr(K, 'method'), K.__qualname__, type(K).__name__, K.__module__)
def body_ns():
    return 'ignored'
calls = []
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        calls.append(('prepare', name))
        return {'prepared': True}
K2 = __build_class__(body_ns, 'K2', metaclass=RecMeta)
print(calls, K2.prepared, type(K2).__name__)
class Base:
    tag = 'base'
def body2():
    extra = 1
D = __build_class__(body2, 'D', Base)
print(D.__name__, D.tag, hasattr(D, 'extra'), D.__bases__ == (Base,), issubclass(D, Base))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
E = __build_class__(lambda: None, 'E', metaclass=Meta, flag=True)
print(E.__name__, type(E).__name__, E.kw)
for args in [(), (body,), (5, 'X'), (body, 5)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(__debug__, type(__debug__).__name__)
if __debug__:
    print('debug branch taken')
try:
    assert 1 == 2, 'assert message'
except AssertionError as e:
    print(type(e).__name__, e)
print(abs(-3), all([]), any([]), bin(5), chr(9731) == '\u2603', hex(-255), oct(8), ord('\u20ac'), divmod(-9, 4))
print(pow(3, 4), pow(2, -1), round(2.5), sum([0.1] * 10) == 1.0, sum([1, 2], 10), sum([[1], [2]], []), max('abc'), min(3, 1, 2))
print(list(zip('ab', [1, 2], strict=True)), list(enumerate('xy', start=5)), list(filter(None, [0, 1, '', 'a'])), id(1) == id(1))
try:
    list(zip('ab', [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(m, 'pi'), getattr(m, 'nope', 'dflt'), delattr.__name__, setattr.__name__, iter.__name__, next(iter([]), 'end'))
