# classmethod and staticmethod as descriptors
class C:
    @classmethod
    def make(cls, v):
        return f'{cls.__name__}.make({v})'
    @staticmethod
    def util(x, y=1):
        return x + y
    def inst(self):
        return 'inst'

class D(C):
    pass

print(C.make(1), C().make(2), D.make(3), D().make(4))
print(C.util(1), C().util(2, 3), D.util(5))
cm = C.__dict__['make']
sm = C.__dict__['util']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__get__(None, D)(7), cm.__get__(D())(8))
print(sm.__get__(None, C)(10), sm.__get__(C())(10), sm(20))
print(type(C.make).__name__, C.make.__self__ is C, D.make.__self__ is D, C.make.__func__ is cm.__func__)
print(type(C.util).__name__, C.util is sm.__func__)
print(C.make.__name__, C.make.__qualname__, C.util.__qualname__, sm.__name__, cm.__qualname__)
print(callable(sm), callable(cm))
try:
    cm(C, 1)
except TypeError as e:
    print(type(e).__name__, e)

def free(cls_or_x):
    return cls_or_x
wrapped_c = classmethod(free)
wrapped_s = staticmethod(free)
class E:
    a = wrapped_c
    b = wrapped_s
print(E.a is E, E().a is E, E.b(5), E().b(6))
print(wrapped_c.__isabstractmethod__, wrapped_s.__doc__)

class H:
    def method(self):
        return self
    f = staticmethod(len)
    g = classmethod(lambda cls: cls.__name__)
print(H.f([1, 2]), H().f('abc'), H.g(), H().g())
m = H().method
print(type(m).__name__, m.__func__ is H.__dict__['method'], m.__self__.__class__.__name__)
print(H.method.__get__(5)(), H.__dict__['method'].__get__(None, H) is H.method)
try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    H.method()
except TypeError as e:
    print(type(e).__name__, e)
