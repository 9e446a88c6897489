# typing.TypeVar, ParamSpec, TypeVarTuple and Generic classes.
import typing
from typing import Generic, TypeVar, ParamSpec, TypeVarTuple, Unpack, List, Dict, Callable

T = TypeVar('T')
S = TypeVar('S', bound=int)
U = TypeVar('U', int, str)
K = TypeVar('K', covariant=True)
C = TypeVar('C', contravariant=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# type variables
print(T, S, U, K, C, P, Ts, typing.AnyStr)
print(T.__name__, S.__bound__, U.__constraints__, K.__covariant__, C.__contravariant__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__infer_variance__, T.__module__)
print(type(T) is TypeVar, type(T).__name__, type(P).__name__, type(Ts).__name__)
print(T == T, T == TypeVar('T'), TypeVar('B', bound='Foo').__bound__, TypeVar('B', bound=List[int]))
print(P.args, P.kwargs, P.args.__origin__ is P, type(P.kwargs).__name__, [*Ts], Unpack[Ts])
show("TypeVar('X', int)", lambda: TypeVar('X', int))
show("TypeVar('X', int, str, bound=int)", lambda: TypeVar('X', int, str, bound=int))
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('TypeVar(3)', lambda: TypeVar(3))
show('T()', lambda: T())
try:
    T.__name__ = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class FromTypeVar(T):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# generic classes
class Box(Generic[T]):
    def __init__(self, value=None):
        self.value = value

    def get(self) -> T:
        return self.value


class Pair(Generic[T, S]):
    pass


class IntBox(Box[int]):
    pass


class SubBox(Box[T]):
    pass


class Mapped(Dict[str, T]):
    pass


print(Box, Box[int], Box[str](5).get(), Box[int]().__orig_class__, Box[int].__origin__ is Box)
print(Box.__parameters__, Box[int].__parameters__, Box[T].__parameters__, Box[List[T]].__parameters__)
print(Box[int].__args__, Box[int].__name__, Box[int].__qualname__, Box[int].__module__)
print(Pair[int, bool], Pair[int, bool].__args__, Box[None], Box[...], Box['Foo'])
print(Box[list[int]], Box[int | str], Box[Callable[[int], str]], Box[List[T]][int])
print(IntBox.__parameters__, IntBox.__orig_bases__, [c.__name__ for c in IntBox.__mro__])
print(SubBox.__parameters__, SubBox[int], [c.__name__ for c in SubBox.__mro__])
print(Mapped.__parameters__, Mapped[int], [c.__name__ for c in Mapped.__mro__])
print(Box[int] == Box[int], Box[int] == Box[str], Box[int] is Box[int], hash(Box[int]) == hash(Box[int]))
print(isinstance(Box(), Box), isinstance(IntBox(), Box), issubclass(SubBox, Box))
print([c.__name__ for c in Box.__mro__], Generic.__module__, Generic[T])
show('Box[int, str]', lambda: Box[int, str])
show('Pair[int]', lambda: Pair[int])
show('IntBox[int]', lambda: IntBox[int])
show('isinstance(Box(), Box[int])', lambda: isinstance(Box(), Box[int]))
show('Generic[int]', lambda: Generic[int])
show('Generic[T, T]', lambda: Generic[T, T])
show('Generic[()]', lambda: Generic[()])
show('Generic[T][int]', lambda: Generic[T][int])
show('Box[typing.ClassVar[int]]', lambda: Box[typing.ClassVar[int]])
print(type(Generic()).__name__, type(Box[int]).__name__)

for label, body in [('Generic twice', '(Generic[T], Generic[S])'),
                    ('unlisted', '(Box[T], Generic[S])'),
                    ('plain Generic', '(Generic)')]:
    try:
        exec(f'class Bad{body}: pass')
    except TypeError as e:
        print(label, type(e).__name__, e)


class Both(Box[T], Generic[T, S]):
    pass


print(Both.__parameters__, Both[int, bool])


# generic classes with ParamSpec and TypeVarTuple parameters
class Fn(Generic[P, T]):
    pass


class Shape(Generic[Unpack[Ts]]):
    pass


print(Fn.__parameters__, Fn[[int, str], bool], Fn[..., int], Fn[P, T][[bytes], None])
print(Shape.__parameters__, Shape[int, str], Shape[()])


# __class_getitem__ of the class itself wins
class Custom(Generic[T]):
    def __class_getitem__(cls, item):
        return f'custom {item.__name__}'


print(Custom[int])


# PEP 695 classes use the same objects
class New[X, *Ys, **Q]:
    pass


X, Ys, Q = New.__type_params__
print(type(X) is TypeVar, type(Ys) is TypeVarTuple, type(Q) is ParamSpec, New[int, str, [bytes]])
print(Generic in New.__mro__, New.__orig_bases__)
