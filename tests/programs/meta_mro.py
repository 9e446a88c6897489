# __mro__, mro(), and a metaclass that overrides mro()
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

names = lambda cls: [k.__name__ for k in cls.__mro__]
print(names(D), [k.__name__ for k in D.mro()], type(D.__mro__).__name__, type(D.mro()).__name__)
print(names(bool), names(type), names(object))
print(D.__bases__ == (B, C), D.__base__ is B)

class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class Reverse(type):
    def mro(cls):
        default = super().mro()
        print('mro() called for', cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class M1(metaclass=Reverse):
    def who(self):
        return 'M1'
class M2(metaclass=Reverse):
    def who(self):
        return 'M2'
class M3(M1, M2):
    pass
print(names(M3), M3().who())

class Hello:
    def __init__(self):
        self.v = 'hello'
class Attr(A):
    x = 'Attr'
class Other(A):
    x = 'Other'
class Diamond(Attr, Other):
    pass
print(Diamond.x, Diamond().x)
class F(Y): pass
F.__bases__ = (Hello,)
print(F().v, names(F))
try:
    F.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    F.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(B, B()).__thisclass__.__name__, super(D, D()).__self_class__.__name__)
