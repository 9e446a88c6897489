# __set__ and __delete__
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        print('  set', self.name, value)
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print('  delete', self.name)
        delattr(obj, self.storage)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age, sorted(vars(p)))
p.age = 31
print(p.age)
check(lambda: setattr(p, 'age', 'old'))
del p.age
check(lambda: p.age)
setattr(p, 'age', 5)
print(getattr(p, 'age'))
delattr(p, 'name')
print(hasattr(p, 'name'))
Person.age = 'replaced on class'
print(Person.age, p.age)

class SetOnly:
    def __set__(self, obj, value):
        print('  SetOnly.__set__', value)
        obj.__dict__['so'] = value * 10
class Q:
    so = SetOnly()
q = Q()
q.so = 2
print(q.so, type(Q.so).__name__)

class DeleteOnly:
    def __delete__(self, obj):
        print('  DeleteOnly.__delete__')
class R:
    do = DeleteOnly()
r = R()
del r.do
check(lambda: setattr(r, 'do', 1))

class GetOnly:
    def __get__(self, obj, cls):
        return 'get only'
class S:
    go = GetOnly()
s = S()
check(lambda: delattr(s, 'go'))
s.go = 'shadow'
print(s.go, S.go)
del s.go
print(s.go)
