# object's special methods: __eq__, __ne__, __hash__, __str__, __repr__ (no addresses printed)
class A:
    pass
class R:
    def __repr__(self):
        return 'R-repr'
class S:
    def __str__(self):
        return 'S-str'

a = A()
print(object.__eq__(a, a), object.__eq__(a, A()), object.__ne__(a, a), object.__ne__(a, A()))
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__lt__(a), a.__le__(a), a.__gt__(1), a.__ge__(a))
print(object.__hash__(a) == hash(a), a.__hash__() == hash(a), type(object.__hash__(a)).__name__)
print(object.__str__(R()), str(R()), R().__str__(), R().__repr__(), f'{R()}', format(R()))
print(object.__repr__(R()).startswith('<__main__.R object at 0x'), object.__repr__(a).startswith('<__main__.A object'))
print(S().__str__(), str(S()), repr(S()).startswith('<__main__.S object'), object.__str__(S()).startswith('<'))
print(object.__format__(R(), ''), R().__format__(''))
try:
    object.__format__(R(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(a, '>5')
except TypeError as e:
    print(type(e).__name__, e)
print(object.__class__ is type, a.__class__.__name__, type(a.__init__).__name__, a.__init__() is None)
print(object.__init__(a) is None, type(object.__new__(A)).__name__, object.__subclasshook__() is NotImplemented)
print(a.__sizeof__() > 0, sorted(a.__dir__()) == sorted(dir(a)), '__eq__' in a.__dir__())
print(a.__reduce__()[0].__name__, A.__init_subclass__() is None)
print(object.__eq__.__qualname__, type(object.__eq__).__name__, type(a.__eq__).__name__, a.__eq__.__name__)
print(object.__getattribute__(a, '__class__').__name__)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v == other.v
c1, c2 = Cmp(1), Cmp(1)
print(c1 == c2, c1 != c2, c1.__ne__(c2), Cmp.__hash__, object.__ne__(c1, c2))
try:
    hash(c1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyNe:
    def __ne__(self, other):
        return 'custom ne'
print(OnlyNe() != 1, OnlyNe() == 1, OnlyNe().__eq__(1))
class EqNI:
    def __eq__(self, other):
        return NotImplemented
x = EqNI()
print(x == x, x == EqNI(), x != x, x.__ne__(x))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__eq__('a', 'a'))
try:
    object.__eq__()
except TypeError as e:
    print(type(e).__name__, e)
