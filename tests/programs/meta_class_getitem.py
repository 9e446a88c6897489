# __class_getitem__ and metaclass __getitem__
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'

print(Box[int] == "Box[<class 'int'>]", Box['x'], Box[1, 2], Box[()])
print(type(Box.__dict__['__class_getitem__']).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Box):
    pass
print(Sub['s'])

class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Explicit[3])

class Meta(type):
    def __getitem__(cls, item):
        return f'Meta.__getitem__ {item}'
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class getitem'
print(Both[1])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

class Instance:
    def __getitem__(self, i):
        return i * 2
try:
    Instance[3]
except TypeError as e:
    print(type(e).__name__, e)
print(Instance()[3])

print(list[int] == list[int], list[int] is list[int])
print(str(list[int]), str(dict[str, list[int]]), str(tuple[int, ...]))
g = list[int]
print(g.__origin__ is list, g.__args__ == (int,), g([1, 2]), type(g([1, 2])).__name__)
print(isinstance([], list), str(type[int]), str(set[bytes]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    pass
print(str(L[int]))
class NotCallableCGI:
    __class_getitem__ = 5
try:
    NotCallableCGI[0]
except TypeError as e:
    print(type(e).__name__, e)
