# metaclass __new__ and __init__: arguments, order, namespace changes
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', cls.__name__, 'added' in ns, sorted(kw))
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def method(self):
        return 'm'

print(A.added, A.kw, type(A).__name__, A().method())

class B(A, flag=True):
    y = 2
print(B.kw, type(B) is Meta, B.added, B.x)

print('--- order of class body and meta')
class Trace(type):
    def __new__(mcls, name, bases, ns):
        print('new', name, ns['__qualname__'], ns['__module__'])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('init', name)

class C(metaclass=Trace):
    print('body of C')
    def f(self):
        pass
print('after C', C.__name__)

print('--- type() with three arguments')
D = Meta('D', (A,), {'z': 3})
print(D.z, D.x, D.added, D.__name__, type(D).__name__)
E = type('E', (), {'v': 5, '__doc__': 'doc E'})
print(E.v, E.__doc__, E.__name__, E.__module__, E.__bases__ == (object,))
try:
    type('F', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('F', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print(type(5).__name__, type(Meta).__name__)

def factory(name, bases, ns):
    print('function metaclass', name, sorted(k for k in ns if not k.startswith('__')))
    return 42
class G(metaclass=factory):
    q = 1
print(G)
