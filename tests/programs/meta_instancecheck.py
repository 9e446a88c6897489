# metaclass __instancecheck__ and __subclasscheck__
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.methods)
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.methods)

class Sized(metaclass=DuckMeta):
    methods = ('__len__',)
class Closeable(metaclass=DuckMeta):
    methods = ('close',)

print(isinstance([1], Sized), isinstance(5, Sized))
print(issubclass(dict, Sized), issubclass(int, Sized))
class File:
    def close(self):
        pass
print(isinstance(File(), Closeable), issubclass(File, Closeable))
print(isinstance(File(), (int, Closeable)))
print(issubclass(File, (Sized, Closeable)))
print('exact type match')
s = Sized()
print(isinstance(s, Sized))

class Truthy(type):
    def __instancecheck__(cls, obj):
        return 'yes'
    def __subclasscheck__(cls, sub):
        return []
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))

class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNumber(metaclass=Even):
    pass
print([x for x in range(7) if isinstance(x, EvenNumber)])
try:
    try:
        raise ValueError('v')
    except (EvenNumber, ValueError) as e:
        print('caught', type(e).__name__)
except TypeError as e:
    print(type(e).__name__, e)

class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError('from instancecheck')
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(R(), R))
print(type.__instancecheck__(Sized, [1]), type.__subclasscheck__(Sized, list))
print(int.__instancecheck__(3), int.__subclasscheck__(bool))
