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
