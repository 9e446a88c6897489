# isinstance()/issubclass() against runtime-checkable protocols: how each
# member is looked up on an instance (instance dict, class attributes, data
# and non-data descriptors, slots, classes as instances, unusual metaclasses),
# the errors for misuse, and the ABC caches the checks go through.
import abc
import collections.abc
import typing
from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsAbs


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class HasXY(Protocol):
    x: int
    y: int


@runtime_checkable
class Meth(Protocol):
    def meth(self): ...


@runtime_checkable
class MethAndX(Protocol):
    x: int

    def meth(self): ...


@runtime_checkable
class Many(Protocol):
    def one(self): ...
    def two(self): ...
    def three(self): ...


class NotRuntime(Protocol):
    def meth(self): ...


PROTOS = [HasX, HasXY, Meth, MethAndX, Many, SupportsInt, SupportsIndex, SupportsAbs]


class Empty:
    pass


class InstX:
    def __init__(self):
        self.x = 1


class InstXNone:
    def __init__(self):
        self.x = None


class ClassX:
    x = 0


class ClassXNone:
    x = None


class PropX:
    @property
    def x(self):
        raise RuntimeError('property must not run')


class PropXShadow(PropX):
    def __init__(self):
        self.__dict__['x'] = 5


class MethNone:
    meth = None


class MethInstNone:
    def meth(self):
        return 1

    def __init__(self):
        self.meth = None   # instance dict shadows the (non-data) function


class MethInst:
    def __init__(self):
        self.meth = lambda: 1


class Full:
    x = 1
    y = 2

    def meth(self):
        return 1

    def one(self): ...
    def two(self): ...
    three = staticmethod(len)

    def __int__(self):
        return 3

    def __index__(self):
        return 3

    def __abs__(self):
        return 3


class Slotted:
    __slots__ = ('x', 'meth')


class SlottedSet:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class GetAttrOnly:
    def __getattr__(self, name):
        return 1


class GetAttributeAll:
    def __getattribute__(self, name):
        return 1


class DataDesc:
    def __get__(self, obj, owner=None):
        raise RuntimeError('descriptor must not run')

    def __set__(self, obj, value):
        raise RuntimeError('descriptor must not run')


class GetOnly:
    def __get__(self, obj, owner=None):
        raise RuntimeError('descriptor must not run')


class DataDescNoneGet:
    __get__ = None
    __delete__ = None


class WithDataDesc:
    x = DataDesc()
    meth = GetOnly()


class WithDataDescShadow(WithDataDesc):
    def __init__(self):
        self.__dict__['x'] = None
        self.__dict__['meth'] = None


class WithOddDesc:
    meth = DataDescNoneGet()

    def __init__(self):
        self.__dict__['meth'] = None


class ClsMethods:
    meth = classmethod(lambda cls: 1)
    x = staticmethod(len)
    one = len
    two = 'str'
    three = b'bytes'


class FakeDictAttr:
    __dict__ = {'x': 1}


class SlotsDict:
    __slots__ = ('__dict__',)


class MetaWithX(type):
    x = 1

    def meth(cls):
        return 1


class WithMeta(metaclass=MetaWithX):
    pass


class MetaHidingDict(type):
    @property
    def __dict__(cls):
        return {}


class Hidden(metaclass=MetaHidingDict):
    x = 1

    def meth(self):
        return 1


class HiddenChild(Hidden):
    y = 2


class PlainChildOfHidden(Hidden):
    pass


class ABCBased(abc.ABC):
    x = 1

    def meth(self):
        return 1


class ClaimsOther:
    @property
    def __class__(self):
        return Full


class NominalX(HasX):
    pass


class NominalMeth(Meth):
    def meth(self):
        return 1


class NominalSub(NominalMeth):
    x = 3


def instances():
    made = [Empty(), InstX(), InstXNone(), ClassX(), ClassXNone(), PropX(), PropXShadow(),
            MethNone(), MethInstNone(), MethInst(), Full(), Slotted(), SlottedSet(),
            GetAttrOnly(), WithDataDesc(), WithDataDescShadow(), WithOddDesc(),
            ClsMethods(), FakeDictAttr(), SlotsDict(), WithMeta(), Hidden(),
            HiddenChild(), PlainChildOfHidden(), ABCBased(), ClaimsOther(), NominalX(),
            NominalMeth(), NominalSub(), 3, 2.5, True, 'text', None, len, [1], {'x': 1}]
    sd = SlotsDict()
    sd.x = 1
    made.append(sd)
    return made


def cell(obj, proto):
    try:
        return 'T' if isinstance(obj, proto) else '.'
    except Exception as e:
        return type(e).__name__


def name_of(obj):
    return type(obj).__name__


# Two passes over every pair: the second one answers from the ABC caches.
for rnd in range(2):
    print('--- round', rnd)
    for obj in instances():
        print(f'{name_of(obj):20s}', ' '.join(cell(obj, p) for p in PROTOS))

print('--- GetAttributeAll')
g = GetAttributeAll()
print([cell(g, p) for p in PROTOS])

print('--- classes as instances')
for cls in (Empty, ClassX, Full, WithMeta, MetaWithX, Hidden, NominalMeth, int, type, object):
    print(f'{cls.__name__:14s}', ' '.join('T' if isinstance(cls, p) else '.' for p in PROTOS))

print('--- modules and functions')
import types as _types
mod = _types.ModuleType('m')
mod.x = 1
mod.meth = len
print([isinstance(mod, p) for p in PROTOS])
def func():
    pass
func.x = 1
print([isinstance(func, p) for p in PROTOS])

print('--- class changes after checks')


class Later:
    pass


later = Later()
show('Later Meth before', lambda: isinstance(later, Meth))
Later.meth = lambda self: 1
show('Later Meth after add', lambda: isinstance(later, Meth))
show('Later issubclass', lambda: issubclass(Later, Meth))
del Later.meth
show('Later Meth after del', lambda: isinstance(later, Meth))
show('Later issubclass after del', lambda: issubclass(Later, Meth))


class Later2:
    def meth(self):
        return 1


show('Later2 Meth', lambda: isinstance(Later2(), Meth))
del Later2.meth
show('Later2 after del', lambda: isinstance(Later2(), Meth))
l2 = Later2()
l2.meth = None
show('Later2 inst None', lambda: isinstance(l2, Meth))


class Base0:
    pass


class Rebased(Base0):
    pass


class Provider:
    x = 1

    def meth(self):
        return 1


rb = Rebased()
show('Rebased HasX', lambda: isinstance(rb, HasX))
Rebased.__bases__ = (Provider,)
show('Rebased HasX after bases', lambda: isinstance(rb, HasX))
show('Rebased MethAndX after bases', lambda: isinstance(rb, MethAndX))

print('--- __dict__ replaced on instances')
ix = InstX()
ix.__dict__ = {}
show('InstX emptied', lambda: isinstance(ix, HasX))
ix.__dict__ = {'x': 1, 'y': None}
show('InstX refilled HasXY', lambda: isinstance(ix, HasXY))


print('--- misuse')
show('NotRuntime isinstance', lambda: isinstance(Full(), NotRuntime))
show('NotRuntime issubclass', lambda: issubclass(Full, NotRuntime))
show('HasX issubclass', lambda: issubclass(Full, HasX))
show('Meth issubclass non-class', lambda: issubclass(Full(), Meth))
show('HasX issubclass non-class', lambda: issubclass(1, HasX))
show('Protocol isinstance', lambda: isinstance(Full(), Protocol))
show('Protocol issubclass', lambda: issubclass(Full, Protocol))
show('Protocol issubclass proto', lambda: issubclass(Meth, Protocol))
show('Meth issubclass Meth', lambda: issubclass(Meth, Meth))
show('NominalMeth isinstance NominalMeth', lambda: isinstance(Full(), NominalMeth))
show('NominalSub isinstance NominalMeth', lambda: isinstance(NominalSub(), NominalMeth))
show('NominalMeth issubclass', lambda: issubclass(Full, NominalMeth))
show('Empty Meth issubclass', lambda: issubclass(Empty, Meth))
show('Full Meth issubclass', lambda: issubclass(Full, Meth))
show('Full SupportsAbs issubclass', lambda: issubclass(Full, SupportsAbs))
show('int SupportsIndex', lambda: issubclass(int, SupportsIndex))
show('float SupportsIndex', lambda: issubclass(float, SupportsIndex))
show('runtime_checkable on class', lambda: runtime_checkable(Empty))
show('instantiate protocol', lambda: Meth())

print('--- register and caches')


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class Reg:
    pass


show('Reg before', lambda: isinstance(Reg(), Closable))
Closable.register(Reg)
show('Reg after register', lambda: isinstance(Reg(), Closable))
show('Reg issubclass', lambda: issubclass(Reg, Closable))
Closable._abc_registry_clear()
show('Reg after registry clear', lambda: isinstance(Reg(), Closable))
Closable._abc_caches_clear()
show('Reg after caches clear', lambda: isinstance(Reg(), Closable))
show('file-like', lambda: isinstance(open(__file__), Closable))
show('abc token is int', lambda: type(abc.get_cache_token()).__name__)


class AnABC(abc.ABC):
    pass


AnABC.register(Full)
show('Full in AnABC', lambda: isinstance(Full(), AnABC))
show('Empty in AnABC', lambda: isinstance(Empty(), AnABC))
show('Empty in AnABC again', lambda: isinstance(Empty(), AnABC))
show('issubclass(Full, AnABC)', lambda: issubclass(Full, AnABC))
show('issubclass(1, AnABC)', lambda: issubclass(1, AnABC))
show('Sized list', lambda: isinstance([], collections.abc.Sized))
show('Sized int', lambda: isinstance(1, collections.abc.Sized))
show('Iterable Full', lambda: isinstance(Full(), collections.abc.Iterable))
show('Hashable list', lambda: isinstance([], collections.abc.Hashable))

print('--- protocol attrs')
for p in (HasX, HasXY, Meth, MethAndX, Many, Closable):
    print(p.__name__, sorted(p.__protocol_attrs__), p.__callable_proto_members_only__)
