# Class attribute look-ups stay right when classes change after use: methods replaced,
# added, deleted on a class or a base, descriptors swapped in, __class__ assigned, classes
# created and dropped in a loop, metaclass __setattr__.
class Base:
    def who(self):
        return 'base'
    kind = 'base-kind'

class Child(Base):
    pass

c = Child()
print(c.who(), c.kind)
Base.who = lambda self: 'patched base'
print(c.who(), Child().who())
Child.who = lambda self: 'child own'
print(c.who())
del Child.who
print(c.who())
del Base.who
try:
    c.who()
except AttributeError as e:
    print('AttributeError', e)
Base.kind = 'new-kind'
print(c.kind)
c.kind = 'instance-kind'
print(c.kind, Child.kind)
del c.kind
print(c.kind)

class Prop:
    @property
    def value(self):
        return 'property'

p = Prop()
p.__dict__['value'] = 'shadow'
print(p.value)
Prop.value = 'plain class attr'
print(p.value)
del p.__dict__['value']
print(p.value)
Prop.value = property(lambda self: 'second property')
print(p.value)

class Other:
    def who(self):
        return 'other'
    kind = 'other-kind'

obj = Child()
print(obj.kind)
obj.__class__ = Other
print(obj.who(), obj.kind)

results = []
for i in range(50):
    class Temp:
        def f(self, i=i):
            return i
    results.append(Temp().f())
    del Temp
print(sum(results), results[:5])

class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

class M(metaclass=Meta):
    label = 'low'

m = M()
print(m.label)
M.label = 'changed'
print(m.label)
setattr(M, 'label', 'again')
print(m.label)
type.__setattr__(M, 'label', 'direct')
print(m.label)

class Slotted:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1

s = Slotted()
print(s.a)
Slotted.a_doubled = property(lambda self: self.a * 2)
print(s.a_doubled)

import gc

class Cyclic:
    def method(self):
        return super().__repr__()[:9]

x = Cyclic()
print(x.method())
del x
del Cyclic
print(gc.collect() >= 1)

# One attribute instruction seeing instances of several classes, and classes gaining a
# data descriptor, __setattr__ or __getattribute__ after the instruction ran.
class A:
    def __init__(self):
        self.v = 'a'

class B:
    def __init__(self):
        self.v = 'b'

def read(o):
    return o.v

def write(o, x):
    o.v = x

objs = [A(), B(), A(), B()]
print([read(o) for o in objs])
for i, o in enumerate(objs):
    write(o, i)
print([read(o) for o in objs])
A.v = property(lambda self: 'class property wins', lambda self, x: print('  setter', x))
print([read(o) for o in objs])
write(objs[0], 'via setter')
del A.v
print(read(objs[0]))

class Watched:
    def __init__(self):
        self.x = 1

w = Watched()
for _ in range(3):
    write_x = w.x
    w.x = write_x + 1
print(w.x)

def watched_setattr(self, name, value):
    print('  __setattr__', name, value)
    object.__setattr__(self, name, value * 10)

Watched.__setattr__ = watched_setattr
w.x = 5
print(w.x)

def watched_getattribute(self, name):
    return 'intercepted ' + name

Watched.__getattribute__ = watched_getattribute
print(w.x)
del Watched.__getattribute__
del Watched.__setattr__
w.x = 7
print(w.x)

class WithGetattr:
    def __getattr__(self, name):
        return 'fallback ' + name

g = WithGetattr()
print(g.v)
g.v = 'stored'
print(g.v)
del g.v
print(g.v)

class Err(Exception):
    pass

e = Err('msg')
print(e.args)
e.args = ('changed',)
print(e.args, str(e))
e.extra = 1
print(e.extra)

class IntSub(int):
    pass

n = IntSub(5)
n.tag = 'tagged'
print(n.tag, n.real, n + 1)

class Slots:
    __slots__ = ('v',)

class Dicts:
    pass

for o in [Slots(), Dicts(), Slots()]:
    write(o, 'set')
    print(type(o).__name__, read(o))
try:
    Slots().w = 1
except AttributeError as err:
    print('AttributeError', err)
