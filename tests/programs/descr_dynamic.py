# descriptors added, replaced and removed after instances exist
class Data:
    def __get__(self, obj, cls):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('  Data.__set__', value)

class NonData:
    def __get__(self, obj, cls):
        return 'non-data descriptor'

class Dyn:
    pass
dd = Dyn()
dd.x = 'inst'
print(dd.x)
Dyn.x = Data()
print(dd.x)
dd.x = 'again'
print(dd.__dict__['x'])
Dyn.x = NonData()
print(dd.x)
del dd.x
print(dd.x)
del Dyn.x
print(hasattr(dd, 'x'))

Dyn.__get__ = lambda self, obj, cls: 'late __get__'
class Holder:
    pass
Holder.y = dd
print(Holder.y, Holder().y)
del Dyn.__get__
print(type(Holder.y).__name__)

class Base:
    pass
class Child(Base):
    pass
c = Child()
c.__dict__['v'] = 'instance'
Base.v = Data()
print(c.v)
c.v = 'through base descriptor'
Child.v = 'plain on child'
print(c.v)

class Switch:
    def __get__(self, obj, cls):
        return 'get'
s_obj = Switch()
class Host:
    attr = s_obj
h = Host()
h.__dict__['attr'] = 'instance wins'
print(h.attr)
Switch.__set__ = lambda self, obj, value: print('  late __set__', value)
print(h.attr)
h.attr = 'assigned'
print(h.__dict__['attr'])
del Switch.__set__
print(h.attr)
Switch.__delete__ = lambda self, obj: print('  late __delete__')
print(h.attr)
del h.attr
print(h.__dict__)
