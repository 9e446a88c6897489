# data descriptors beat the instance __dict__; non-data descriptors lose to it
class Data:
    def __get__(self, obj, cls):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('  Data.__set__', value)

class NonData:
    def __get__(self, obj, cls):
        return 'non-data descriptor'

class DeleteIsData:
    def __get__(self, obj, cls):
        return 'get+delete descriptor'
    def __delete__(self, obj):
        pass

class C:
    d = Data()
    n = NonData()
    gd = DeleteIsData()
    plain = 'class attr'

c = C()
c.__dict__.update(d='inst d', n='inst n', gd='inst gd', plain='inst plain')
print(c.d, '|', c.n, '|', c.gd, '|', c.plain)
c.d = 'assigned'
print(c.d, c.__dict__['d'])
c.n = 'assigned n'
print(c.n)
del c.__dict__['n']
print(c.n)

def method(self):
    return 'method'
C.m = method
c.__dict__['m'] = lambda: 'instance lambda'
print(c.m())
del c.__dict__['m']
print(c.m())

class WithProp:
    @property
    def p(self):
        return 'property'
w = WithProp()
w.__dict__['p'] = 'shadow'
print(w.p)
try:
    w.p = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    attr = Data()
class Child(Base):
    attr = 'plain in child'
ch = Child()
ch.attr = 'instance value'
print(ch.attr, Base.attr)

class Parent2:
    x = 'parent plain'
class Child2(Parent2):
    x = NonData()
print(Child2().x)
class Meta(type):
    z = Data()
class K(metaclass=Meta):
    z = 'K own z'
print(K.z)
K.z = 'set through meta'
print(K.__dict__['z'])

