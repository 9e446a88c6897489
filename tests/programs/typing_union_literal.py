# Union, Optional, X | Y, Literal, Annotated and the other special forms of typing.
import types
import typing
from typing import (Union, Optional, Literal, Annotated, Any, ClassVar, Final, NoReturn, Never,
                    Self, LiteralString, TypeAlias, TypeGuard, Required, NotRequired, List,
                    Dict, Callable, TypeVar, Generic)

T = TypeVar('T')
S = TypeVar('S')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# Union: flattening, duplicates, single arguments, None
print(Union[int, str], Union[int, Union[str, float]], Union[int, int], Union[int])
print(Union[int, None], Union[None, int], Optional[int], Optional[Union[int, str]])
print(Union[int, str, None], Optional[None], Union[List[int], List[int]], Union[int, bool])
print(Union[int, 'Node'], Optional['Node'], Union[Any, int], Union[T, int][str])
print(Union[int, str].__args__, Optional[int].__args__, Union[T, S].__parameters__)
print(Union[int, str].__origin__, Union[int, str].__name__, Optional[int].__name__)
print(type(Union).__name__, type(Union[int, str]).__name__, Union.__name__)
show('Union[()]', lambda: Union[()])
show('Optional[int, str]', lambda: Optional[int, str])
show('Union[(int, str), int]', lambda: Union[(int, str), int])
show('Union()', lambda: Union())
show('Union[ClassVar[int], int]', lambda: Union[ClassVar[int], int])
show('Union[Generic, int]', lambda: Union[Generic, int])
show('Union[ClassVar, int]', lambda: Union[ClassVar, int])

# equality, hashing, caching
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] is Union[int, str])
print(Union[int, str] != Union[int, float], Union[int, str] == int)

# isinstance
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.5, Union[int, str]))
print(issubclass(bool, Union[int, str]))
show('isinstance(3, Union[List[int], int])', lambda: isinstance(3, Union[List[int], int]))

# | between typing objects, and types.UnionType
print(List[int] | None, int | List[int], T | None, int | T, Optional[int] | str)
print(Union[int, str] | None, Union[int, str] | float, None | Optional[int])
print(Literal[1] | Literal[2], Literal[1] | None, Callable[[int], str] | None)
u = int | str
print(u, type(u) is types.UnionType, u.__args__, int | None, int | str | None)
print(Union[int, str] == u, u == Union[str, int], Optional[int] == (int | None))
print(Union[u, float], List[int | str], Optional[int | str])
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(Any | None, int | Any, list[T] | None, (list[T] | None)[int], Union[list[T], None][int])
show('int | "str"', lambda: int | 'str')
show('ClassVar[int] | None', lambda: ClassVar[int] | None)

# Literal
print(Literal[1, 2], Literal['a', None], Literal[1, 1, 2], Literal[1, True], Literal[()])
print(Literal[Literal[1, 2], 3], Literal[1].__args__, Literal[1, 2].__origin__)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1] is Literal[1])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]), Optional[Literal[1, 2]])
show('Literal[1][int]', lambda: Literal[1][int])
show('isinstance(1, Literal[1])', lambda: isinstance(1, Literal[1]))

# Annotated
a = Annotated[int, 'meta', 3]
print(a, a.__origin__, a.__metadata__, a.__args__, Annotated[Annotated[int, 1], 2])
print(a == Annotated[int, 'meta', 3], a == Annotated[int, 'other'], a == int)
print(Annotated[T, 'x'][int], Annotated[List[T], 1][str], Annotated[ClassVar[int], 1])
print(Annotated[int, 1] | None, Annotated[int, 1](), Annotated[int, 1].__name__)
show('Annotated[int]', lambda: Annotated[int])
show('Annotated()', lambda: Annotated())

# the other forms
for form in (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, TypeGuard,
             Required, NotRequired, Literal, Optional, Union):
    print(repr(form), form.__name__)
print(ClassVar[int], Final[List[int]], TypeGuard[int], Required[int], NotRequired[str])
print(ClassVar[int].__origin__, ClassVar[int].__args__, ClassVar[int] == ClassVar[int])
print(Self | None, NoReturn | int, Union[Any, Self, NoReturn])
show('NoReturn[int]', lambda: NoReturn[int])
show('Self[int]', lambda: Self[int])
show('ClassVar[int, str]', lambda: ClassVar[int, str])
show('Final[int, str]', lambda: Final[int, str])
show('Required[int, str]', lambda: Required[int, str])
show('ClassVar[Final[int]]', lambda: ClassVar[Final[int]])
show('isinstance(1, Any)', lambda: isinstance(1, Any))
show('isinstance(1, Self)', lambda: isinstance(1, Self))
show('issubclass(int, Self)', lambda: issubclass(int, Self))
show('Any()', lambda: Any())
show('NoReturn()', lambda: NoReturn())
print(type(Any).__name__, Any.__module__, issubclass(int, Any))


class Mock(Any):
    pass


print(Mock.__mro__, isinstance(Mock(), Any.__class__))
try:
    class Bad(Union):
        pass
except TypeError as e:
    print(type(e).__name__, e)
