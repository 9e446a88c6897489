# Three-argument pow never uses __rpow__ (an int subclass exponent is its int); a str subclass's
# __rmod__ goes before str's %; type.mro(cls) is the C3
# order of the bases whatever the metaclass's mro() made __mro__; pow with complex and a modulus
class IS(int):
    def __rpow__(s, o, m=None): return ("rpow", o, m)
print(pow(2, IS(3), 5), pow(2, IS(3)), 2 ** IS(3), pow(IS(2), 3, 5))
class IP(int):
    def __pow__(s, o, m=None): return ("pow", int(s), o, m)
print(pow(IP(2), 3, 5), pow(2, IP(3), 5), IP(2) ** 3)
class S(str):
    def __rmod__(s, o): return "S.rmod"
print("%s" % S("x"), "%d" % 1, S("%s") % 1)
class B(bytes):
    def __rmod__(s, o): return "B.rmod"
print(b"%s" % B(b"x"))
class M(type):
    def mro(cls): return [cls, object] if cls.__name__ == "W" else super().mro()
class Base: pass
class W(Base, metaclass=M): pass
print(type.mro(W), W.__mro__, W.mro())
class X: pass
class Y(X): pass
class Z(Y, X): pass
print(type.mro(Z) == list(Z.__mro__), int.mro(), type.mro(bool))
for t in ['pow(1j, 2, 3)', 'pow(2, 1j, 3)', 'pow(2.0, 2, 3)', 'pow(2, 2, 3.0)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
