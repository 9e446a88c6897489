# type(), __class__, isinstance, issubclass across built-in subclasses
class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
class MyFloat(float): pass
class MySet(set): pass
class MyFrozen(frozenset): pass
class MyBytes(bytes): pass
class MyExc(Exception): pass
class MyBA(bytearray): pass

samples = [MyInt(1), MyStr('s'), MyList(), MyDict(), MyTuple(), MyFloat(1.0), MySet(),
           MyFrozen(), MyBytes(), MyExc(), MyBA()]
for s in samples:
    t = type(s)
    base = t.__bases__[0]
    print(t.__name__, base.__name__, s.__class__ is t, isinstance(s, base), type(s) is base,
          issubclass(t, base), t.__mro__[-1] is object, len(t.__mro__), hasattr(s, '__dict__'))
print(isinstance(MyInt(1), (str, int)), isinstance(True, MyInt), issubclass(bool, int))
print(issubclass(MyInt, (MyStr, MyInt)), issubclass(MyExc, BaseException))
print([c.__name__ for c in MyExc.__mro__])
print([c.__name__ for c in MyInt.__mro__], [c.__name__ for c in bool.__mro__])
print(MyInt.__name__, MyInt.__qualname__, MyInt.__module__)
print(type(MyInt) is type, MyList.__base__ is list, int.__base__ is object)
print(int.__subclasses__().__class__.__name__, MyInt in int.__subclasses__())
print(MyDict.__subclasses__())

def f():
    class Local(list):
        pass
    return Local
print(f().__qualname__, f().__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
for t in (type(None), range, slice, type(print)):
    try:
        type('X', (t,), {})
    except TypeError as e:
        print(type(e).__name__, e)
