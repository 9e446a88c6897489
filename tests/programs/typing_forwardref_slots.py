# typing.ForwardRef has typing's slots (typing_extensions reads ForwardRef.__slots__).
import typing, weakref
F = typing.ForwardRef
print(F.__slots__, [c.__name__ for c in F.__mro__], hasattr(F("x"), "__dict__"))
r = F("int")
print(r, r == F("int"), hash(r) == hash(F("int")), weakref.ref(r)() is r)
print("__forward_is_class__" in F.__slots__, r.__forward_arg__, r.__forward_evaluated__)
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError")
def f(a: "int") -> "str": pass
print(typing.get_type_hints(f), typing.Optional["X"])
