# __orig_bases__ of TypedDict classes, also when a TypedDict subclasses another one.
import types
import typing
from typing import TypedDict, Generic, TypeVar

T = TypeVar('T')


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


def spell(bases):
    return tuple('TypedDict' if b is TypedDict else repr(b) for b in bases)


class TD(TypedDict):
    a: int


class TD2(TD, total=False):
    b: str


class TD3(TD2):
    c: bytes


class Other(TypedDict):
    z: float


class Both(TD, Other):
    pass


class G(TypedDict, Generic[T]):
    item: T


class GI(G[int]):
    extra: str


class GS(G):
    more: int


F = TypedDict('F', {'x': int})


class F2(F):
    y: int


for cls in (TD, TD2, TD3, Other, Both, G, GI, GS, F, F2):
    name = cls.__name__
    show(name + ' orig', lambda: spell(cls.__orig_bases__))
    show(name + ' in dict', lambda: '__orig_bases__' in cls.__dict__)
    show(name + ' get_original_bases', lambda: spell(types.get_original_bases(cls)))
    show(name + ' bases', lambda: cls.__bases__)
    show(name + ' required', lambda: sorted(cls.__required_keys__))
    show(name + ' optional', lambda: sorted(cls.__optional_keys__))
    show(name + ' total', lambda: cls.__total__)
    show(name + ' is_typeddict', lambda: typing.is_typeddict(cls))

show('TD2 params', lambda: GI.__parameters__)
show('G params', lambda: G.__parameters__)
show('TD2 call', lambda: TD2(a=1, b='x'))
show('plain class', lambda: types.get_original_bases(int))
