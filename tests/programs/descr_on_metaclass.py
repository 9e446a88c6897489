# descriptors defined on a metaclass act on the class object
class Upper:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype):
        print('  Upper.__get__', obj.__name__ if obj is not None else None, objtype.__name__)
        if obj is None:
            return self
        return obj.__name__.upper()

class Meta(type):
    shout = Upper()
    @property
    def registry_size(cls):
        return len(cls.registry)
    @registry_size.setter
    def registry_size(cls, n):
        print('  setter on class', cls.__name__, n)
        cls.registry = [None] * n

class Widget(metaclass=Meta):
    registry = [1, 2]

print(Widget.shout)
print(type(Meta.shout).__name__)
print(Widget.registry_size)
Widget.registry_size = 5
print(Widget.registry, Widget.registry_size)
try:
    Widget().shout
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_hits', 0)
    def __set__(self, obj, value):
        type.__setattr__(obj, '_hits', value)
class CMeta(type):
    hits = Counter()
class Page(metaclass=CMeta):
    pass
print(Page.hits)
Page.hits = 10
print(Page.hits, Page.__dict__['_hits'])

class ClassProp:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        return self.f(cls)
class Shape:
    sides = 0
    @ClassProp
    def description(cls):
        return f'{cls.__name__} with {cls.sides} sides'
class Square(Shape):
    sides = 4
print(Shape.description, Square.description, Square().description)

class NameMeta(type):
    @property
    def label(cls):
        return 'meta label of ' + cls.__name__
class Labeled(metaclass=NameMeta):
    label = 'class label'
print(Labeled.label, Labeled().label)
class DataMeta(type):
    @property
    def fixed(cls):
        return 'meta data descriptor wins'
class Fx(metaclass=DataMeta):
    fixed = 'class dict value'
print(Fx.fixed, Fx().fixed)
