# metaclass selection: most derived metaclass wins, conflicts raise TypeError
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass

class D(A):
    pass
print(type(D).__name__)
class E(A, C):
    pass
print(type(E).__name__)
class F(C, A):
    pass
print(type(F).__name__)
class G(A, metaclass=type):
    pass
print(type(G).__name__)
class H(A, metaclass=M3):
    pass
print(type(H).__name__)

try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(C, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    M2('Z', (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(M3('W', (A,), {})).__name__)
print(type(type('V', (C,), {})).__name__)

class M12(M1, M2):
    pass
class Ok(A, B, metaclass=M12):
    pass
print(type(Ok).__name__, [k.__name__ for k in type(Ok).__mro__])

class Plain:
    pass
class P(Plain, A):
    pass
print(type(P).__name__)

def fn_meta(name, bases, ns):
    return type(name, bases, ns)
class Q(A, metaclass=fn_meta):
    pass
print(type(Q).__name__)
try:
    class R(A, B, metaclass=fn_meta):
        pass
except TypeError as e:
    print('fn meta', type(e).__name__, e)
class Final(A, B):
    pass
