# isinstance / issubclass with tuples, unions, nested tuples, __instancecheck__ hooks and errors; callable().
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(5, int | str))
print(isinstance('s', int | str), isinstance(None, int | None), isinstance(3.0, int | str), isinstance(True, int), isinstance(1, bool))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int | str), issubclass(B, object))
print(issubclass(int, (str, (float, int))), issubclass(type, object), issubclass(object, type), isinstance(int, type), isinstance(type, type))
for f in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: issubclass(B, (A, 'x')), lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(isinstance(1, (1, int)))
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Hook(metaclass=Meta):
    pass
print(isinstance('magic', Hook), isinstance('other', Hook), issubclass(int, Hook), issubclass(str, Hook), isinstance(Hook(), Hook))
print(isinstance('magic', (int, Hook)), issubclass(int, (str, Hook)))
class Even:
    @classmethod
    def __subclasshook__(cls, other):
        return True
print(issubclass(int, Even), issubclass(Even, Even))
u = int | str
print(u, type(u).__name__, u.__args__, int | str == str | int, (int | str) | None, int | int)
print(isinstance([], list | dict | None), issubclass(dict, list | dict), isinstance(u, type))
class WithCall:
    def __call__(self):
        return 1
class NoCall:
    pass
print(callable(len), callable(WithCall), callable(WithCall()), callable(NoCall()), callable(5), callable(lambda: 0))
print(callable(print), callable(A), callable(A.__init__), callable(b.__class__), callable(None), callable('x'.upper))
obj = NoCall()
obj.__call__ = lambda: 1
print(callable(obj))
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
