# metaclass __call__: singletons, instance counting, bypassing __init__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton._instances:
            print('creating', cls.__name__, args, kw)
            Singleton._instances[cls] = super().__call__(*args, **kw)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print('Config.__init__', value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Other(Config):
    pass
o = Other(3)
print(o is a, o.value, type(o).__name__)

class Counting(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls.count = 0
    def __call__(cls, *args, **kw):
        cls.count += 1
        return super().__call__(*args, **kw)

class Thing(metaclass=Counting):
    def __init__(self, n):
        self.n = n
items = [Thing(i) for i in range(4)]
print(Thing.count, [t.n for t in items])

class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Raw(metaclass=NoInit):
    def __init__(self):
        print('never printed')
r = Raw(1, 2)
print(r.args, type(r).__name__)

class Validating(type):
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        missing = [f for f in cls.required if not hasattr(obj, f)]
        if missing:
            raise TypeError(f'{cls.__name__} missing {missing}')
        return obj
class Person(metaclass=Validating):
    required = ('name', 'age')
    def __init__(self, name, age=None):
        self.name = name
        if age is not None:
            self.age = age
print(Person('ann', 3).age)
try:
    Person('bob')
except TypeError as e:
    print(type(e).__name__, e)

class ReturnsOther(type):
    def __call__(cls, *args):
        return args
class Weird(metaclass=ReturnsOther):
    pass
print(Weird(1, 2), Weird())
print(type.__call__(Config) is a, type.__call__(Thing, 9).n, Thing.count)
