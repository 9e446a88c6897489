# __class__ assignment: compatible layouts, builtin subclasses, modules, instance dicts, weakref slots
import sys, types
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class L1(list): pass
class L2(list):
    def total(self): return sum(self)
def l():
    x = L1([1, 2]); x.__class__ = L2; return type(x).__name__, x.total(), x
show('list sub swap', l)
def l_to_list():
    x = L1([1]); x.__class__ = list
show('list sub to list', l_to_list)
def list_to_sub():
    x = [1]; x.__class__ = L1
show('list to list sub', list_to_sub)
class D1(dict): pass
def d_to_l():
    x = D1(); x.__class__ = L1
show('dict sub to list sub', d_to_l)
class I1(int): pass
class I2(int): pass
def i():
    x = I1(5); x.__class__ = I2; return type(x).__name__
show('int sub swap', i)
class E1(Exception): pass
class E2(Exception): pass
def e():
    x = E1('m'); x.__class__ = E2; return type(x).__name__, x.args
show('exc sub swap', e)
def e_builtin():
    x = E1('m'); x.__class__ = ValueError
show('exc sub to builtin', e_builtin)
class VE(ValueError): pass
def e_ve():
    x = VE('m'); x.__class__ = E1; return type(x).__name__
show('ValueError sub to Exception sub', e_ve)
class MyMod(types.ModuleType):
    def __getattr__(self, n): return 'modattr:' + n
def mod():
    m = types.ModuleType('mx'); m.__class__ = MyMod; return m.anything, type(m).__name__
show('module class', mod)
def main_mod():
    mm = sys.modules[__name__]
    old = mm.__class__
    mm.__class__ = MyMod
    r = mm.zzz
    mm.__class__ = old
    return r
show('main module class', main_mod)
# with __dict__ and __weakref__ differences
class W1: pass
class W2:
    __slots__ = ('__dict__',)
def w():
    x = W1(); x.__class__ = W2
show('dict+weakref vs dict only', w)
class WS1:
    __slots__ = ('a', '__weakref__')
class WS2:
    __slots__ = ('a', '__weakref__')
def ws():
    x = WS1(); x.a = 1; x.__class__ = WS2; return x.a
show('slots+weakref same', ws)
class SlotOrder1:
    __slots__ = ('a', 'b')
class SlotOrder2:
    __slots__ = ('b', 'a')
def so():
    x = SlotOrder1(); x.a = 'A'; x.b = 'B'; x.__class__ = SlotOrder2; return x.a, x.b
show('slot order differs', so)
# subclass adds nothing
class Base:
    def who(self): return 'Base'
class Child(Base):
    def who(self): return 'Child'
def down():
    b = Base(); b.__class__ = Child; return b.who(), isinstance(b, Child)
show('to subclass', down)
# __class__ assignment on class (metaclass change)
class M1(type): pass
class M2(type): pass
class K(metaclass=M1): pass
def meta_swap():
    K.__class__ = M2; return type(K).__name__
show('metaclass swap', meta_swap)
def type_class_assign():
    class Z: pass
    Z.__class__ = int
show('class to non-metaclass', type_class_assign)
# object with __class__ in its __dict__ and __setattr__ override
class Strict:
    def __setattr__(self, k, v):
        if k == '__class__': raise AttributeError('no!')
        object.__setattr__(self, k, v)
def strict():
    s = Strict(); s.__class__ = Base
show('setattr blocks class', strict)
def via_object():
    s = Strict(); object.__setattr__(s, '__class__', Base); return type(s).__name__
show('object.__setattr__ class', via_object)
show('setattr()', lambda: (lambda s: (setattr(s, '__class__', Child), type(s).__name__)[1])(Base()))
