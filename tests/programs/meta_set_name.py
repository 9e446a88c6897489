# __set_name__: order, arguments, and when it is (not) called
class Field:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print('__set_name__', self.label, owner.__name__, name)
        self.name = name

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__ start', name)
        cls = super().__new__(mcls, name, bases, ns)
        print('Meta.__new__ end', name)
        return cls

class Model(metaclass=Meta):
    def __init_subclass__(cls):
        print('__init_subclass__', cls.__name__)
    z = Field('first')
    a = Field('second')
    m = Field('third')

class User(Model):
    name = Field('name-field')
    alias = name
print(User.name.name, Model.z.name)

class Later:
    pass
f = Field('late')
Later.attr = f
print(hasattr(f, 'name'))
f.__set_name__(Later, 'manual')
print(f.name)

D = type('D', (), {'p': Field('via type()')})
print(D.p.name)

class NotCallable:
    __set_name__ = None
try:
    class Broken:
        x = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)

class Fails:
    def __set_name__(self, owner, name):
        raise ValueError(f'cannot bind {name}')
try:
    class Host:
        good = Field('good')
        bad = Fails()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, getattr(e, '__notes__', None))

class OnClass:
    def __set_name__(self, owner, name):
        print('instance-level only', name)
class Holder:
    kind = OnClass
    inst = OnClass()
class Adds:
    def __set_name__(self, owner, name):
        print('Adds sees', name)
        setattr(owner, name + '_extra', Field('added-later'))
class Host2:
    one = Adds()
print(hasattr(Host2, 'one_extra'), hasattr(Host2.one_extra, 'name'))
