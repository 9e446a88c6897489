# typing.Protocol, runtime_checkable and the Supports* protocols.
import collections.abc
from typing import (Protocol, runtime_checkable, TypeVar, Generic, Iterable, Sized,
                    SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound,
                    SupportsBytes, SupportsComplex)

T = TypeVar('T')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class HasX(Protocol):
    x: int

    def describe(self): ...


class NotRuntime(Protocol):
    def close(self): ...


class Getter(Protocol[T]):
    def get(self) -> T: ...


class File:
    def close(self):
        return 'closed'


class Point:
    x = 1

    def describe(self):
        return 'point'


class Blocked:
    close = None


class Dynamic:
    def __init__(self):
        self.x = 5

    def describe(self):
        return 'dynamic'


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
print(isinstance(Blocked(), Closable), issubclass(Blocked, Closable), issubclass(int, Closable))
print(isinstance(Point(), HasX), isinstance(Dynamic(), HasX), isinstance(File(), HasX))
print(sorted(Closable.__protocol_attrs__), sorted(HasX.__protocol_attrs__), sorted(Getter.__protocol_attrs__))
print(Closable._is_protocol, Closable._is_runtime_protocol, NotRuntime._is_runtime_protocol)
print(Closable.__callable_proto_members_only__, HasX.__callable_proto_members_only__)
print([c.__name__ for c in Closable.__mro__], type(Closable).__name__, type(Protocol).__name__)
print(Getter.__parameters__, Getter[int], Getter[int].__origin__ is Getter)
show('Closable()', lambda: Closable())
show('Protocol()', lambda: type(Protocol()).__name__)
show('isinstance(File(), NotRuntime)', lambda: isinstance(File(), NotRuntime))
show('issubclass(File, NotRuntime)', lambda: issubclass(File, NotRuntime))
show('issubclass(Point, HasX)', lambda: issubclass(Point, HasX))
show('issubclass(3, Closable)', lambda: issubclass(3, Closable))
show('isinstance(File(), Getter)', lambda: isinstance(File(), Getter))
show('runtime_checkable(File)', lambda: runtime_checkable(File))
show('Protocol[int]', lambda: Protocol[int])
show('Protocol[()]', lambda: Protocol[()])

try:
    class Mixed(Protocol, File):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# a concrete class that names the protocol as a base
class RealFile(Closable):
    def __init__(self, name):
        self.name = name


r = RealFile('f')
print(r.name, isinstance(r, Closable), RealFile._is_protocol, [c.__name__ for c in RealFile.__mro__])


# a protocol that extends another, with a default method, and its concrete subclass
@runtime_checkable
class Resource(Closable, Protocol):
    def open(self):
        return 'opened'


class Handle(Resource):
    def close(self):
        return 'handle closed'


h = Handle()
print(h.open(), h.close(), Resource._is_protocol, Handle._is_protocol, sorted(Resource.__protocol_attrs__))
print(isinstance(File(), Resource), isinstance(h, Resource), isinstance(h, Closable))
show('Resource()', lambda: Resource())


# a generic protocol used by a generic class
class Store(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


@runtime_checkable
class RGetter(Protocol[T]):
    def get(self) -> T: ...


print(isinstance(Store(3), RGetter), isinstance(File(), RGetter), RGetter[str])
show('isinstance(Store(3), RGetter[int])', lambda: isinstance(Store(3), RGetter[int]))


# protocols built on collections.abc ABCs
@runtime_checkable
class SizedIterable(Sized, Iterable, Protocol):
    pass


print(isinstance([], SizedIterable), isinstance(3, SizedIterable), isinstance(iter([]), SizedIterable))
print(isinstance([], collections.abc.Sized), isinstance(3, collections.abc.Iterable))

# the Supports* protocols
values = [3, 2.5, True, 'a', b'b', 1j, [1]]
for proto in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound,
              SupportsBytes, SupportsComplex):
    print(proto.__name__, [type(v).__name__ for v in values if isinstance(v, proto)],
          issubclass(int, proto))
print(SupportsAbs[int], SupportsRound[float], SupportsInt.__parameters__, SupportsAbs.__parameters__)
print([c.__name__ for c in SupportsInt.__mro__], SupportsInt.__module__)
show('SupportsInt()', lambda: SupportsInt())


class Num:
    def __int__(self):
        return 7

    def __index__(self):
        return 7


print(isinstance(Num(), SupportsInt), isinstance(Num(), SupportsIndex), isinstance(Num(), SupportsFloat))
