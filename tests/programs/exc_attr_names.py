# NameError.name, AttributeError.name/obj, ImportError.name/path/msg.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, '|', e.name, e.args)
def f():
    return local_missing
try:
    f()
except NameError as e:
    print(e.name, e)
def g():
    print(later)
    later = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e, '|', e.name, isinstance(e, NameError))
n = NameError('msg', name='given')
print(n.name, str(n), n.args, NameError().name, NameError('x').name)
class Obj:
    existing = 1
o = Obj()
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e, '|', e.name, e.obj is o)
try:
    Obj.missing_cls
except AttributeError as e:
    print(e, '|', e.name, e.obj is Obj)
try:
    (5).nope
except AttributeError as e:
    print(e, '|', e.name, e.obj)
try:
    None.attr
except AttributeError as e:
    print(e, '|', e.name, e.obj)
try:
    'x'.missing_method()
except AttributeError as e:
    print(e, '|', e.name, e.obj)
import math
try:
    math.nothing
except AttributeError as e:
    print(e, '|', e.name, e.obj is math)
a = AttributeError('custom', name='nm', obj=42)
print(a.name, a.obj, str(a), a.args, AttributeError().name, AttributeError().obj)
try:
    getattr(o, 'dynamic')
except AttributeError as e:
    print(e.name, e.obj is o)
class Slots:
    __slots__ = ('x',)
try:
    Slots().x
except AttributeError as e:
    print(type(e).__name__, e, '|', e.name)
try:
    o.existing = 2
    del o.never_set
except AttributeError as e:
    print(e, '|', e.name)
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e, '|', e.name, e.path, e.msg)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, '|', e.name, e.msg)
i = ImportError('message', name='mod', path='/p/mod.py')
print(str(i), i.name, i.path, i.msg, i.args, repr(i))
print(ImportError().name, ImportError().path, ImportError().msg, str(ImportError('a', 'b')), ImportError('a', 'b').msg)
try:
    ImportError('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError('m', name='q').name)
