# metaclass __prepare__: recording namespace, custom mappings, keyword args
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print('namespace type', type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = tuple(ns.order)
        return cls

class Rec(metaclass=OrderMeta, extra=1):
    b = 1
    a = 2
    def c(self):
        pass
    b = 3
print(Rec.fields, Rec.b, type(Rec.__dict__).__name__)

class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        super().__setitem__(key, value)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
try:
    class Bad(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class Auto(dict):
    def __missing__(self, key):
        if key.startswith('__') or key in ('print', 'len'):
            raise KeyError(key)
        print('  auto-created', key)
        self[key] = len(self)
        return self[key]
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()
class Enumish(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
print(Enumish.RED, Enumish.GREEN, Enumish.BLUE)

print(type(type.__prepare__('X', ())).__name__, type.__prepare__('X', (), k=1))
class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=NotMapping):
        pass
except TypeError as e:
    print(type(e).__name__, e)
