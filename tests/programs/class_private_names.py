# Private name mangling: __names inside a class body and its methods become _Class__name.
class A:
    __cls_attr = 'ca'
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x, A.__cls_attr, self.__helper()
    def __helper(self):
        return 'h'
    class __Inner:
        def m(self):
            return self.__y if hasattr(self, '_Inner__y') else 'no y'
    def f(self, __p=3):
        return __p
    def g(self):
        global __gl
        __gl = 5
        import os as __os
        try:
            raise ValueError
        except ValueError as __e:
            e = type(__e).__name__
        return __gl, __os.sep, e, [__i for __i in range(2)], (lambda __q: __q)(7)
    __ann: int = 4
a = A()
print(a.get(), a._A__x, hasattr(a, '__x'), A._A__helper.__name__, A._A__helper.__qualname__)
print(A._A__Inner.__name__, A._A__Inner.__qualname__, A._A__Inner().m(), a.f(), A.__annotations__)
print(a.g(), _A__gl, sorted(k for k in A.__dict__ if 'A__' in k))
try:
    a.f(__p=1)
except TypeError as e:
    print(e)
print(a.f.__code__.co_varnames)
class _B:
    def __m(self): return 1
class ___:
    def __m(self): return 2
print(hasattr(_B, '_B__m'), hasattr(___, '__m'))
def outside():
    return A().__dict__
print(outside())
