"""Support for type hints (CPython's typing module, written for pyrs).

The objects the compiler also uses for PEP 695 (TypeVar, ParamSpec, TypeVarTuple,
TypeAliasType, Generic, Union, Optional, Unpack, ForwardRef and typing's generic alias) live in
`_typing` and are the same objects here. This module adds the other special forms, the
aliases of the collection classes (List, Dict, Callable, ...), Protocol, NamedTuple,
TypedDict, NewType and the introspection helpers (get_type_hints, get_origin, get_args).

Differences from CPython: `NamedTuple` and `TypedDict` are callable objects rather than plain
functions (pyrs looks `__mro_entries__` up on a base's type only, so a function could not be
a base class); `Pattern`, `Match`, `ContextManager` and `AsyncContextManager` are made on first
use (they need `re` and `contextlib`).
"""

import abc
import collections
import collections.abc
import functools
import sys
import types
import weakref

import _typing
from _typing import (
    TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType,
    Generic, ForwardRef, Union, Optional, Unpack,
    _SpecialForm, _BaseGenericAlias, _GenericAlias, _UnionGenericAlias, _UnpackGenericAlias,
    _ConcatenateGenericAlias, _type_check, _type_repr, _cached, _named_mro_entries,
    _typing_or, _typing_ror, _Final, _tp_cache,
)

__all__ = [
    # special forms and generic machinery
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # aliases of collections.abc
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    # protocols
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # aliases of concrete collections, NamedTuple, TypedDict
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # files and regular expressions
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # functions and the rest
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

_NONE_TYPE = type(None)
GenericAlias = types.GenericAlias
TYPE_CHECKING = False
Text = str


def _defining_module(default='__main__'):
    """The module of the nearest code outside this module: the one creating a NamedTuple,
    TypedDict or NewType. (pyrs may hide the frame of a caller reached through native code;
    the nearest frame shown is used then.)"""
    depth = 1
    while True:
        try:
            module = sys._getframe(depth).f_globals.get('__name__', default)
        except (AttributeError, ValueError):
            return default
        if module != __name__:
            return module
        depth += 1


def _looks_special(name):
    return name.startswith('__') and name.endswith('__')


# --- special forms --------------------------------------------------------------------------

Union.__doc__ = """Union[X, Y] (also written X | Y): a value of type X or of type Y.

    Nested unions are flattened, duplicates and single arguments dropped, and the order of
    the arguments does not matter for equality.
    """
Optional.__doc__ = """Optional[X]: X or None, the same as Union[X, None]."""
Unpack.__doc__ = """Unpack[Ts] (also written *Ts): the types a TypeVarTuple stands for."""


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        # type.__repr__ spelled out (pyrs's would call this method again)
        return f"<class '{self.__module__}.{self.__qualname__}'>"

    # pyrs: `X | Y` of classes with a metaclass is not built into type; give it here.
    __or__, __ror__ = _typing._union_or, _typing._union_ror


class Any(metaclass=_AnyMeta):
    """The unconstrained type: for a type checker every value is an Any and an Any fits
    everywhere. At runtime isinstance() refuses it, and it can be subclassed (mocks do)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


def _bare_form(name, doc):
    """A special form that takes no parameters (typing.NoReturn, typing.Self, ...)."""
    def getitem(form, params):
        raise TypeError(f'{form} is not subscriptable')
    return _SpecialForm(name, getitem, doc)


NoReturn = _bare_form('NoReturn', 'The return type of a function that never returns normally.')
Never = _bare_form('Never', 'The bottom type: no value has it.')
Self = _bare_form('Self', 'The type of self (or cls) in a method.')
LiteralString = _bare_form('LiteralString', 'A str made only of literals (for type checkers).')
TypeAlias = _bare_form('TypeAlias', 'Marks an assignment as a type alias: X: TypeAlias = int.')


def _wrapping_form(name, doc, template='{form} accepts only single type.'):
    """A special form taking exactly one type: ClassVar[int], Final[int], Required[int], ..."""
    def getitem(form, param):
        item = _type_check(param, template.format(form=form, name=name))
        return _GenericAlias(form, (item,))
    return _SpecialForm(name, getitem, doc)


ClassVar = _wrapping_form('ClassVar', 'ClassVar[T]: an attribute of the class itself, not of '
                          'its instances.')
Final = _wrapping_form('Final', 'Final[T]: a name that must not be reassigned or overridden.')
TypeGuard = _wrapping_form('TypeGuard', 'TypeGuard[T]: the return type of a function that '
                           'tells whether its argument is a T.')
Required = _wrapping_form('Required', 'Required[T]: a key a TypedDict must have, even with '
                          'total=False.', '{name} accepts only a single type.')
NotRequired = _wrapping_form('NotRequired', 'NotRequired[T]: a key a TypedDict may lack.',
                             '{name} accepts only a single type.')


def _make_concatenate(form, params):
    if params == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    params = params if isinstance(params, tuple) else (params,)
    if not (params[-1] is ... or isinstance(params[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable '
                        'or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    return _ConcatenateGenericAlias(form, (*(_type_check(p, msg) for p in params[:-1]), params[-1]))


Concatenate = _SpecialForm('Concatenate', _make_concatenate,
                           'Concatenate[A, P]: an A followed by the parameters of ParamSpec P.')


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """typing.Literal[...]: equal to another whatever the order of its values."""

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return _literal_set(self.__args__) == _literal_set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(_literal_set(self.__args__)))


def _literal_set(values):
    return {(value, type(value)) for value in values}


def _literal_getitem(form, params):
    params = params if isinstance(params, tuple) else (params,)
    values = []
    for p in params:  # Literal[Literal[1, 2], 3] is Literal[1, 2, 3]
        values.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    try:  # 1 and True are different values here; unhashable values are kept as given
        kept, seen = [], set()
        for value in values:
            if (value, type(value)) not in seen:
                seen.add((value, type(value)))
                kept.append(value)
        values = kept
    except TypeError:
        pass
    return _LiteralGenericAlias(form, tuple(values))


Literal = _SpecialForm('Literal', _literal_getitem,
                       'Literal[v, ...]: one of the values given.')

_typing._bare_ok.extend([Any, LiteralString, NoReturn, Never, Self, TypeAlias])
_typing._qualifiers.extend([ClassVar, Final])


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: T (its only argument) with its metadata (x, ...)."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[int, 1], 2] is Annotated[int, 1, 2].
        while isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        metadata = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]'

    def _identity(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _annotated_getitem(cls, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.', special=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


class Annotated:
    """Annotated[T, x, ...] is the type T with the metadata x, ... attached: tools that
    understand the metadata use it, the others see plain T (get_type_hints() strips it unless
    include_extras=True)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        return _cached(_annotated_getitem, cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass typing.Annotated')


# --- aliases of classes: List, Dict, Callable, Tuple, ... ---------------------------------

class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """typing.List, typing.Iterable, ...: a class that can be subscripted `nparams` times
    (0: not generic); `inst` False: refuse to make instances (use list() instead)."""
    __module__ = 'typing'

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__dict__.update(__origin__=origin, _nparams=nparams, _inst=inst,
                             _name=name or origin.__name__)
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        return _cached(_special_getitem, self, params)

    def _copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        instance = self.__origin__(*args, **kwargs)
        try:  # remember the alias on the instance when it takes attributes
            instance.__orig_class__ = self
        except Exception:
            pass
        return instance

    def __mro_entries__(self, bases):
        return _named_mro_entries(self, bases)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # List counts as list here; List[int] is refused.
        if isinstance(cls, _GenericAlias):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        target = self.__origin__
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, target)
        return issubclass(cls, target)

    __or__, __ror__ = _typing_or, _typing_ror

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name
        if not _looks_special(name):  # List.append is list.append
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        if _looks_special(name) or name in ('_name', '_inst', '_nparams'):
            object.__setattr__(self, name, value)
        else:
            setattr(self.__origin__, name, value)


def _check_count(alias, params, expected):
    if not expected:
        raise TypeError(f'{alias} is not a generic class')
    if len(params) != expected:
        raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for "
                        f"{alias}; actual {len(params)}, expected {expected}")


def _special_getitem(alias, params):
    params = params if isinstance(params, tuple) else (params,)
    params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
    _check_count(alias, params, alias._nparams)
    return alias._copy_with(params)


def _stands_for_params(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


class _CallableGenericAlias(_GenericAlias, _root=True):
    """typing.Callable[[int], str]: __args__ holds the parameter types, then the result."""

    def _copy_with(self, args):
        if args and isinstance(args[0], tuple):  # a ParamSpec replaced by its parameter types
            args = (*args[0], *args[1:])
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if not _callable_flat_args(self):
            return super().__repr__()
        *params, result = self.__args__
        shown = ', '.join([_type_repr(param) for param in params])
        return f'typing.Callable[[{shown}], {_type_repr(result)}]'


class _CallableType(_SpecialGenericAlias, _root=True):
    def _copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        args = tuple(args) if isinstance(args, list) else args
        return _cached(_callable_getitem, self, (args, result))


def _callable_getitem(alias, params):
    args, result = params
    result = _type_check(result, 'Callable[args, result]: result must be a type.')
    if args is ...:
        return alias._copy_with((..., result))
    args = args if isinstance(args, tuple) else (args,)
    return alias._copy_with((*map(_typing._convert, args), result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        return _cached(_tuple_getitem, self, params)


def _tuple_getitem(alias, params):
    if not isinstance(params, tuple):
        params = (params,)
    variadic = len(params) > 1 and params[-1] is ...
    if variadic:  # Tuple[int, ...]: the types before the ellipsis, then the ellipsis
        message, checked = 'Tuple[t, ...]: t must be a type.', params[:-1]
    else:
        message, checked = 'Tuple[t0, t1, ...]: each t must be a type.', params
    items = [_type_check(p, message) for p in checked]
    if variadic:
        items.append(...)
    return alias._copy_with(tuple(items))


_abcs = collections.abc
Hashable = _SpecialGenericAlias(_abcs.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abcs.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abcs.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abcs.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abcs.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abcs.Iterable, 1)
Iterator = _SpecialGenericAlias(_abcs.Iterator, 1)
Reversible = _SpecialGenericAlias(_abcs.Reversible, 1)
Sized = _SpecialGenericAlias(_abcs.Sized, 0)
Container = _SpecialGenericAlias(_abcs.Container, 1)
Collection = _SpecialGenericAlias(_abcs.Collection, 1)
Callable = _CallableType(_abcs.Callable, 2)
Callable.__doc__ = """Callable[[A, B], R]: a callable taking an A and a B and returning an R.

    The parameter list may also be `...` (any parameters), a ParamSpec or a Concatenate.
    """
AbstractSet = _SpecialGenericAlias(_abcs.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abcs.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abcs.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abcs.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abcs.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abcs.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abcs.ByteString, 0)
Tuple = _TupleType(tuple, -1, name='Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abcs.MappingView, 1)
KeysView = _SpecialGenericAlias(_abcs.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abcs.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abcs.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abcs.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abcs.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')


def __getattr__(name):
    # The aliases whose classes live in modules typing does not otherwise need.
    if name in ('Pattern', 'Match'):
        import re
        value = _SpecialGenericAlias(getattr(re, name), 1)
    elif name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        origin = (contextlib.AbstractContextManager if name == 'ContextManager'
                  else contextlib.AbstractAsyncContextManager)
        value = _SpecialGenericAlias(origin, 1, name=name)
    else:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    globals()[name] = value
    return value


# --- type variables used below ----------------------------------------------------------

T = TypeVar('T')
KT = TypeVar('KT')  # keys
VT = TypeVar('VT')  # values
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', bound=type, covariant=True)
AnyStr = TypeVar('AnyStr', bytes, str)  # str or bytes, the same throughout a signature


# --- Protocol ---------------------------------------------------------------------------------

# The non-protocol classes a protocol may still list as bases ("module.name").
_PROTOCOL_FRIENDLY_BASES = frozenset(
    ['collections.abc.' + name for name in (
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
        'Sized', 'Container', 'Collection', 'Reversible', 'Buffer')]
    + ['contextlib.AbstractContextManager', 'contextlib.AbstractAsyncContextManager'])

EXCLUDED_ATTRIBUTES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__callable_proto_members_only__',
    '__type_params__', '_MutableMapping__marker',
})


_NOT_RUNTIME = 'Instance and class checks can only be used with @runtime_checkable protocols'


def _protocol_root():
    """typing.Protocol, or None while that class itself is being made."""
    return globals().get('Protocol')


def _may_list_protocol(base):
    # What a class that names Protocol among its bases may also name.
    if base is object or base is Generic or getattr(base, '_is_protocol', False):
        return True
    return f'{base.__module__}.{base.__qualname__}' in _PROTOCOL_FRIENDLY_BASES


class _MemberRecord:
    """What a protocol asks for, worked out once when the protocol is made:
    `methods`, the names whose value on the protocol is callable (a None on a
    candidate then means "not provided"), and `data`, all the other names."""

    __slots__ = ('methods', 'data', 'every')

    def __init__(self, proto):
        skipped = (_protocol_root(), Generic, object)
        names = set()
        for klass in proto.__mro__:
            if klass not in skipped:
                # (reading a class's __annotations__ gives it an empty dict if it has none)
                names.update(klass.__dict__, getattr(klass, '__annotations__', {}))
        names = {name for name in names
                 if name not in EXCLUDED_ATTRIBUTES and not name.startswith('_abc_')}
        self.methods = frozenset(name for name in names if callable(getattr(proto, name, None)))
        self.data = frozenset(names - self.methods)
        self.every = self.methods | self.data

    def names(self):
        return self.every


# protocol class -> its _MemberRecord
_member_records = weakref.WeakKeyDictionary()
_record_table = _member_records.data  # (what _member_records[cls] reads, one call less)
_weak_ref = weakref.ref

# The three sorts of classes _ProtocolMeta makes.
_ROOT, _CONCRETE, _PROTOCOL = 'root', 'concrete', 'protocol'


def _sort_of(cls):
    """typing.Protocol itself (also while it is being made), a protocol class,
    or a concrete class (one that only inherits from protocols)."""
    root = _protocol_root()
    if root is None or cls is root:
        return _ROOT
    return _PROTOCOL if getattr(cls, '_is_protocol', False) else _CONCRETE


# isinstance()/issubclass() calls that ABC machinery, not user code, makes: the
# ones under ABCMeta checks typing itself starts for a protocol (counted here),
# and the walks of abc over registries and subclass lists and of
# functools.singledispatch over an MRO (counted by abc in _machinery_depth).
# They get the plain ABC answer instead of the errors meant for users.
_abc_calls_running = [0]
_abc_walks = getattr(abc, '_machinery_depth', [0])


def _machinery_asking():
    return _abc_calls_running[0] > 0 or _abc_walks[0] > 0


def _ask_abcmeta(check, cls, arg):
    _abc_calls_running[0] += 1
    try:
        return check(cls, arg)
    finally:
        _abc_calls_running[0] -= 1


_ANNOTATED_ONLY = object()  # what a class lookup finds for a name only annotated


def _class_lookup(candidate):
    """Lookup for class checks: the first class along candidate's MRO that
    defines a name gives its value; when candidate is a protocol itself, a
    class that only annotates the name counts too."""
    chain = candidate.__mro__
    notes_count = issubclass(candidate, Generic) and getattr(candidate, '_is_protocol', False)

    def lookup(name):
        for klass in chain:
            space = klass.__dict__
            if name in space:
                return space[name]
            if notes_count and name in space.get('__annotations__', {}):
                return _ANNOTATED_ONLY
        raise AttributeError(name)
    return lookup


# Instance checks look each member up as inspect.getattr_static(obj, name)
# does.  For an `obj` that is not a class, the namespaces that lookup reads do
# not depend on the name, so they are gathered once per check below (by the
# same rules as inspect's); a class `obj` goes through getattr_static itself.
_mro_of = type.__dict__['__mro__'].__get__
_namespace_of = type.__dict__['__dict__'].__get__
_DICT_SLOT_KINDS = (types.GetSetDescriptorType, types.MemberDescriptorType)
_MISSING = object()


def _exposes_real_dict(kind):
    """Whether '__dict__' on instances of `kind` is the interpreter's own slot
    of that name, or is not defined at all (reading it then runs no code)."""
    for klass in _mro_of(kind):
        space = _namespace_of(klass)
        if '__dict__' in space:
            entry = space['__dict__']
            return type(entry) in _DICT_SLOT_KINDS and entry.__name__ == '__dict__'
    return True


def _computed_data_descriptor(value):
    """Whether the type of `value` defines __get__ and also __set__ or
    __delete__ in its readable namespaces."""
    hooks = set()
    for klass in _mro_of(type(value)):
        meta = type(klass)
        if meta is type or _exposes_real_dict(meta):
            space = _namespace_of(klass)
            hooks.update(hook for hook in ('__get__', '__set__', '__delete__') if hook in space)
    return '__get__' in hooks and len(hooks) > 1


# The answer for values of common built-in types, which cannot change.
_DATA_DESCRIPTOR_KINDS = {
    kind: _computed_data_descriptor(sample) for kind, sample in (
        (types.FunctionType, _exposes_real_dict), (property, property()),
        (staticmethod, staticmethod(None)), (classmethod, classmethod(len)),
        (int, 0), (bool, False), (float, 0.0), (str, ''), (bytes, b''), (tuple, ()),
        (_NONE_TYPE, None), (types.BuiltinFunctionType, len))}


def _has_no_dict(sample):
    try:
        object.__getattribute__(sample, '__dict__')
    except AttributeError:
        return True
    return False


# Built-in types (which cannot change) whose instances have no '__dict__'.
_DICTLESS_KINDS = frozenset(
    type(sample) for sample in (
        0, False, 0.0, 0j, '', b'', bytearray(), (), [], {}, set(), frozenset(), None,
        range(0), slice(0), len, NotImplemented, Ellipsis)
    if _has_no_dict(sample))


def _instance_satisfies(proto, obj):
    """Whether `obj` provides every member of `proto`, each looked up as
    inspect.getattr_static(obj, name) does; a None found means "not provided"
    for a method member."""
    record = _record_table[_weak_ref(proto)]
    # The namespaces along the MRO of type(obj), leaving out those of classes
    # whose metaclass covers '__dict__' with anything but the interpreter's
    # slot, and whether '__dict__' on `obj` is that slot (or is not defined).
    type_side = []
    real_dict = None
    last_meta = None
    readable = True
    kind = type(obj)
    for klass in _mro_of(kind):
        if klass is type:
            # `obj` is a class: its lookup also reads its metaclass.
            return _satisfies(proto, _instance_lookup(obj), True)
        space = _namespace_of(klass)
        if real_dict is None and '__dict__' in space:
            entry = space['__dict__']
            real_dict = type(entry) in _DICT_SLOT_KINDS and entry.__name__ == '__dict__'
        meta = type(klass)
        if meta is not type:
            if meta is not last_meta:
                last_meta, readable = meta, _exposes_real_dict(meta)
            if not readable:
                continue
        type_side.append(space)
    own = _MISSING
    if real_dict is None and last_meta is None and kind in _DICTLESS_KINDS:
        pass  # (reading '__dict__' would only raise AttributeError)
    elif real_dict is not False:
        try:
            own = object.__getattribute__(obj, '__dict__')
        except (AttributeError, TypeError):  # no dict, or a slot of another class
            pass
    methods = record.methods
    for name in record.every:
        value = _MISSING
        for space in type_side:
            if name in space:
                value = space[name]
                break
        if value is not _MISSING:
            # (_is_data_descriptor(value), written out)
            held_kind = type(value)
            data_descriptor = (_DATA_DESCRIPTOR_KINDS.get(held_kind)
                               if type(held_kind) is type else None)
            if data_descriptor is None:
                data_descriptor = _computed_data_descriptor(value)
        if value is _MISSING or not data_descriptor:
            if own is not _MISSING and name in own:
                value = own[name]
            elif value is _MISSING:
                return False
        if value is None and name in methods:
            return False
    return True


def _instance_lookup(obj):
    """Lookup for instance checks: inspect.getattr_static on `obj`."""
    from inspect import getattr_static
    return functools.partial(getattr_static, obj)


def _satisfies(proto, lookup, via_instance):
    """Whether what `lookup` finds provides every member of `proto`.  A None
    found means "not provided" for a method member; for a data member only
    in a class check."""
    record = _member_records[proto]
    for name in record.names():
        try:
            value = lookup(name)
        except AttributeError:
            return False
        if value is None and (name in record.methods or not via_instance):
            return False
    return True


@classmethod
def _members_hook(cls, other):
    """__subclasshook__ of protocol classes: True when `other` provides every
    member, else NotImplemented (the usual ABC rules then decide)."""
    if _sort_of(cls) == _PROTOCOL and _satisfies(cls, _class_lookup(other), False):
        return True
    return NotImplemented


def _class_check_misuse(proto, candidate):
    """The complaint issubclass(candidate, proto) owes a user, or None."""
    if not isinstance(candidate, type):
        return 'issubclass() arg 1 must be a class'
    if _member_records[proto].data:
        return "Protocols with non-method members don't support issubclass()"
    if not proto._is_runtime_protocol:
        return _NOT_RUNTIME
    return None


def _protocol_subclass_check(proto, candidate):
    if not _machinery_asking():
        complaint = _class_check_misuse(proto, candidate)
        if complaint:
            raise TypeError(complaint)
    return _ask_abcmeta(abc.ABCMeta.__subclasscheck__, proto, candidate)


def _protocol_instance_check(proto, obj):
    if not (proto._is_runtime_protocol or _machinery_asking()):
        raise TypeError(_NOT_RUNTIME)
    return (_ask_abcmeta(abc.ABCMeta.__instancecheck__, proto, obj)
            or _instance_satisfies(proto, obj))


# How each sort of class answers (isinstance, issubclass): Protocol itself as a
# plain class, concrete classes as ABCs, protocols structurally.
_CHECKS = {
    _ROOT: (type.__instancecheck__, type.__subclasscheck__),
    _CONCRETE: (abc.ABCMeta.__instancecheck__, abc.ABCMeta.__subclasscheck__),
    _PROTOCOL: (_protocol_instance_check, _protocol_subclass_check),
}


_namespace = globals()
(_type_instancecheck, _type_subclasscheck), (_abc_instancecheck, _abc_subclasscheck) = (
    _CHECKS[_ROOT], _CHECKS[_CONCRETE])


class _ProtocolMeta(abc.ABCMeta):
    """Metaclass of Protocol: vets the bases of protocol classes, records
    their members, and answers isinstance()/issubclass() structurally for
    @runtime_checkable protocols."""

    def __new__(meta, name, bases, body, /, **kwargs):
        root = _protocol_root()
        if root is not None and root in bases:
            for base in bases:
                if not _may_list_protocol(base):
                    raise TypeError('Protocols can only inherit from other protocols, '
                                    f'got {base!r}')
        return super().__new__(meta, name, bases, body, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sort = _sort_of(cls)
        if sort == _ROOT:
            cls.__protocol_attrs__ = set()
            cls.__callable_proto_members_only__ = True
        elif sort == _PROTOCOL:
            record = _member_records[cls] = _MemberRecord(cls)
            cls.__protocol_attrs__ = set(record.names())
            cls.__callable_proto_members_only__ = not record.data

    def register(cls, subclass):
        # ABCMeta.register asks issubclass() about cls on its way: not a user check.
        return _ask_abcmeta(abc.ABCMeta.register, cls, subclass)

    # (_sort_of() and _CHECKS, written out: these run on every check.)
    def __instancecheck__(cls, obj):
        root = _namespace.get('Protocol')
        if root is None or cls is root:
            return _type_instancecheck(cls, obj)
        if not getattr(cls, '_is_protocol', False):
            return _abc_instancecheck(cls, obj)
        if not (cls._is_runtime_protocol or _machinery_asking()):
            raise TypeError(_NOT_RUNTIME)
        _abc_calls_running[0] += 1
        try:
            if abc.ABCMeta.__instancecheck__(cls, obj):
                return True
        finally:
            _abc_calls_running[0] -= 1
        return _instance_satisfies(cls, obj)

    def __subclasscheck__(cls, candidate):
        root = _namespace.get('Protocol')
        if root is None or cls is root:
            return _type_subclasscheck(cls, candidate)
        if not getattr(cls, '_is_protocol', False):
            return _abc_subclasscheck(cls, candidate)
        # (_protocol_subclass_check(cls, candidate), written out)
        if not _machinery_asking():
            complaint = _class_check_misuse(cls, candidate)
            if complaint:
                raise TypeError(complaint)
        _abc_calls_running[0] += 1
        try:
            return abc.ABCMeta.__subclasscheck__(cls, candidate)
        finally:
            _abc_calls_running[0] -= 1


def _refuse_instances(self, *args, **kwargs):
    """__init__ of protocol classes that define none: a protocol cannot be
    instantiated.  (A concrete class reaches it only through an explicit
    super().__init__(), which has nothing to do then.)"""
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocol classes: the structural types of PEP 544.

        class Closer(Protocol):
            def close(self) -> None: ...

    Any class with a close() method is a Closer for a type checker, without
    naming it as a base.  Decorated with @runtime_checkable, a protocol also
    works with isinstance() (and issubclass() if it has only methods), which
    look for the members without checking their signatures.  Protocol
    classes cannot be instantiated; classes that list one as an explicit base
    are ordinary classes.  Protocol[T, ...] makes a generic protocol.
    """
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        cls._is_protocol = own.get('_is_protocol', False) or Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _members_hook
        # __init__ is settled now, once: protocols that define none refuse to
        # be instantiated; a concrete class that would inherit that refusal
        # gets the first other __init__ along its MRO.
        if cls._is_protocol:
            if cls.__init__ is object.__init__:
                cls.__init__ = _refuse_instances
        elif cls.__init__ is _refuse_instances:
            defined = (klass.__dict__['__init__'] for klass in cls.__mro__
                       if '__init__' in klass.__dict__)
            cls.__init__ = next(init for init in defined if init is not _refuse_instances)


_typing._roots.append(Protocol)


def runtime_checkable(cls):
    """Class decorator: let isinstance() and issubclass() use the protocol
    `cls` (checking that the members exist, not their types)."""
    if not (issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """Protocol of the objects with a __int__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Protocol of the objects with a __float__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Protocol of the objects with a __complex__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Protocol of the objects with a __bytes__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Protocol of the objects with a __index__ method."""
    __slots__ = ()

    @abc.abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs[T](Protocol):
    """Protocol of the objects with an __abs__ method returning a T."""
    __slots__ = ()

    @abc.abstractmethod
    def __abs__(self) -> T:
        pass


@runtime_checkable
class SupportsRound[T](Protocol):
    """Protocol of the objects with a __round__ method returning a T."""
    __slots__ = ()

    @abc.abstractmethod
    def __round__(self, ndigits: int = 0) -> T:
        pass


# --- NamedTuple -----------------------------------------------------------------------------

class _BaseFunction:
    """A function that a class statement also takes as a base, standing for class `base`.
    (CPython sets __mro_entries__ on the function itself; pyrs looks it up on the type.)"""

    def __init__(self, func, base):
        functools.update_wrapper(self, func)
        self._base = base

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._base,)

    def __repr__(self):
        return repr(self.__wrapped__)


# Names a NamedTuple class body may not define (collections.namedtuple owns them), and the
# ones a class body always has that are not copied onto the named tuple.
# (The names CPython gives these two sets: typing_extensions reads them.)
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _typed_namedtuple(name, fields, module, defaults=()):
    # collections.namedtuple, with the (checked) field types as __annotations__.
    field_types = {}
    for field, hint in fields:
        field_types[field] = _type_check(hint, f'field {field} annotation must be a type')
    made = collections.namedtuple(name, list(field_types), defaults=defaults, module=module)
    made.__new__.__annotations__ = field_types
    made.__annotations__ = field_types
    return made


def _fields_with_defaults(annotations, ns):
    # The annotated fields that the class body also assigns, checking that none without
    # a default comes after one with a default.
    defaulted = []
    for field in annotations:
        if field in ns:
            defaulted.append(field)
            continue
        if defaulted:
            plural = 's' if len(defaulted) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {field} cannot follow default "
                            f"field{plural} {', '.join(defaulted)}")
    return defaulted


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not all(base is _NamedTupleBase or base is Generic for base in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        defaulted = _fields_with_defaults(annotations, ns)
        result = _typed_namedtuple(typename, annotations.items(), ns['__module__'],
                                   [ns[field] for field in defaulted])
        if Generic in bases:
            # A generic named tuple: the class is made again with Generic among its bases
            # (pyrs cannot assign __bases__).
            body = dict(result.__dict__.items())  # (pyrs: not dict(mappingproxy))
            body.pop('__dict__', None)
            body.pop('__weakref__', None)
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            result = type(typename, (tuple, Generic), body)
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key in _special or key in result._fields:
                continue
            setattr(result, key, value)
        return result


def NamedTuple(typename, fields=None, /, **kwargs):
    """collections.namedtuple with types: the fields are declared as annotations in a class
    body (`x: int`, with a default: `y: int = 0`), which may also define methods, or listed as
    (name, type) pairs: NamedTuple('Point', [('x', int), ('y', int)]). The class has the
    fields' types in __annotations__."""
    if fields is not None and kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    pairs = kwargs.items() if fields is None else fields
    result = _typed_namedtuple(typename, pairs, module=_defining_module())
    result.__orig_bases__ = (NamedTuple,)
    return result


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})
NamedTuple = _BaseFunction(NamedTuple, _NamedTupleBase)


# --- TypedDict ------------------------------------------------------------------------------

def _key_qualifiers(annotation):
    """Required / NotRequired wrapped (through Annotated) around a TypedDict value type."""
    while True:
        if isinstance(annotation, _AnnotatedAlias):
            annotation = annotation.__origin__
        elif (isinstance(annotation, _GenericAlias)
              and annotation.__origin__ in (Required, NotRequired)):
            yield annotation.__origin__
            annotation = annotation.__args__[0]
        else:
            return


_TYPEDDICT_FIELD_ERROR = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if base is Generic or type(base) is _TypedDictMeta:
                continue
            raise TypeError('cannot inherit from both a TypedDict type and a '
                            'non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        if '__orig_bases__' not in ns:
            # A class statement sets it only when a base is TypedDict or an alias; set
            # before the class is made, Generic then finds the bases it was given.
            ns = {**ns, '__orig_bases__': bases}
        td = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)

        own = {}
        for key, hint in ns.get('__annotations__', {}).items():
            own[key] = _type_check(hint, _TYPEDDICT_FIELD_ERROR, module=td.__module__)
        merged, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            merged.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        merged.update(own)
        for key, hint in own.items():
            qualifiers = set(_key_qualifiers(hint))
            needed = Required in qualifiers or (total and NotRequired not in qualifiers)
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)
        td.__annotations__ = merged
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        if not hasattr(td, '__total__'):
            td.__total__ = total
        return td

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, /, *args, **kwargs):  # a TypedDict's instances are plain dicts
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __or__, __ror__ = _typing._union_or, _typing._union_ror  # pyrs: see _AnyMeta


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """The type of dicts with a fixed set of string keys, each with the type of its value:

        class Movie(TypedDict):
            title: str
            year: int

    or Movie = TypedDict('Movie', {'title': str, 'year': int}). Calling the class makes a
    plain dict (nothing is checked at runtime). Keys are required unless total=False;
    Required[...] and NotRequired[...] mark single keys. The class records its
    __annotations__, __required_keys__, __optional_keys__ and __total__.
    """
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in '
                      'Python 3.11, will be removed in Python 3.13, and may not be '
                      'understood by third-party type checkers.', DeprecationWarning, stacklevel=3)
    body = {'__annotations__': dict(kwargs if fields is None else fields)}
    module = _defining_module()
    if module is not None:
        body['__module__'] = module
    made = _TypedDictMeta(typename, (), body, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict = _BaseFunction(TypedDict, _TypedDictBase)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# --- NewType --------------------------------------------------------------------------------

class NewType:
    """NewType('UserId', int) makes a distinct type for the type checker; at runtime it is
    a callable that returns its argument unchanged, and cannot be subclassed."""
    __module__ = 'typing'

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _defining_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        supertype = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{name} = NewType({name!r}, {supertype})`')
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __call__(self, x):
        return x

    __or__, __ror__ = _typing_or, _typing_ror


# --- IO -------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The type of files (what open() returns), generic in str or bytes; at runtime these
    classes only name the methods of a file."""
    __slots__ = ()

    @property
    @abc.abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def name(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def closed(self) -> bool:
        pass

    @abc.abstractmethod
    def close(self) -> None:
        pass

    @abc.abstractmethod
    def fileno(self) -> int:
        pass

    @abc.abstractmethod
    def flush(self) -> None:
        pass

    @abc.abstractmethod
    def isatty(self) -> bool:
        pass

    @abc.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readable(self) -> bool:
        pass

    @abc.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abc.abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abc.abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abc.abstractmethod
    def seekable(self) -> bool:
        pass

    @abc.abstractmethod
    def tell(self) -> int:
        pass

    @abc.abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abc.abstractmethod
    def writable(self) -> bool:
        pass

    @abc.abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abc.abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abc.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """The type of binary files (open(..., 'rb'))."""
    __slots__ = ()

    @abc.abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """The type of text files (open(..., 'r'))."""
    __slots__ = ()

    @property
    @abc.abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abc.abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abc.abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @abc.abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abc.abstractmethod
    def newlines(self) -> Any:
        pass

    @abc.abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# --- functions ------------------------------------------------------------------------------

def cast(typ, val):
    """Tell the type checker that val has type typ; at runtime return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask the type checker to confirm that val has type typ; at runtime return val."""
    return val


def reveal_type(obj, /):
    """Ask the type checker for the type it infers for obj; at runtime print obj's class
    to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Mark code the type checker should prove unreachable; at runtime raise
    AssertionError."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


# Every @overload definition seen: {module: {qualified name: {first line: function}}}.
_overloads_seen = {}


def _overload_dummy(*args, **kwargs):
    """What @overload returns: it cannot be called."""
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def _unwrap_method(func):
    # classmethod / staticmethod objects register (and are found) by their function.
    return getattr(func, '__func__', func)


def overload(func):
    """Mark one signature of an overloaded function; the definition without @overload
    that follows is the one that runs. get_overloads() lists the marked ones."""
    inner = _unwrap_method(func)
    try:
        place = (inner.__module__, inner.__qualname__, inner.__code__.co_firstlineno)
    except AttributeError:  # not a function: not registered
        place = None
    if place is not None:
        module, qualname, line = place
        _overloads_seen.setdefault(module, {}).setdefault(qualname, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload-marked definitions of func, in the order of their lines."""
    inner = _unwrap_method(func)
    per_name = _overloads_seen.get(inner.__module__, {})
    return list(per_name.get(inner.__qualname__, {}).values())


def clear_overloads():
    """Forget every @overload definition seen so far."""
    _overloads_seen.clear()


def _set_marker(obj, attribute):
    # Set obj.<attribute> = True when obj accepts it; some objects (builtins, slotted
    # instances) refuse, and then nothing happens.
    try:
        setattr(obj, attribute, True)
    except (TypeError, AttributeError):
        pass
    return obj


def final(f):
    """Mark a class as not to be subclassed, or a method as not to be overridden (sets
    __final__ when the object allows it)."""
    return _set_marker(f, '__final__')


def override(method, /):
    """Mark a method as overriding one of a base class (sets __override__ when the object
    allows it)."""
    return _set_marker(method, '__override__')


def _defined_in_body(cls, member):
    # Whether `member` (found with getattr on cls) was written in cls's own body: its
    # qualified name is cls's followed by its name, and it comes from cls's module.
    qualname = getattr(member, '__qualname__', None)
    if qualname is None:
        return False
    return (qualname == cls.__qualname__ + '.' + member.__name__
            and getattr(member, '__module__', None) == cls.__module__)


def no_type_check(arg):
    """Mark annotations as not being type hints: get_type_hints() gives {} for the object;
    on a class this extends to the functions and classes defined in its body."""
    if isinstance(arg, type):
        for attribute in dir(arg):
            member = getattr(arg, attribute)
            if not _defined_in_body(arg, member):
                continue  # inherited, or defined elsewhere
            if isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            elif isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` apply @no_type_check to what it returns."""
    def apply_and_mark(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return functools.wraps(decorator)(apply_and_mark)


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes; at
    runtime the arguments are stored in the object's __dataclass_transform__."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, frozen_default=frozen_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = settings
        return target
    return mark


def _callable_flat_args(alias):
    # Whether a Callable alias keeps its parameter types flattened into __args__ (rather
    # than one `...`, ParamSpec or Concatenate followed by the result).
    args = alias.__args__
    return not (len(args) == 2 and _stands_for_params(args[0]))


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Union[int, str],
    Annotated for Annotated[int, x], P for P.args; None for a plain class."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    with_origin = (_GenericAlias, _SpecialGenericAlias, types.GenericAlias,
                   ParamSpecArgs, ParamSpecKwargs)
    if isinstance(tp, with_origin):
        return tp.__origin__
    if tp is Generic:
        return tp
    return types.UnionType if isinstance(tp, types.UnionType) else None


def get_args(tp):
    """The arguments of tp: (int, str) for Dict[int, str], ([int], str) for
    Callable[[int], str], (int, x) for Annotated[int, x]; () when it has none."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        found = tp.__args__
        if tp.__origin__ is collections.abc.Callable and _callable_flat_args(tp):
            *params, result = found
            return (params, result)
        return found
    return tp.__args__ if isinstance(tp, types.UnionType) else ()


# Objects get_type_hints() answers {} for when they have no __annotations__.
_HINTLESS_KINDS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.ModuleType, types.WrapperDescriptorType, types.MethodWrapperType,
                   types.MethodDescriptorType)


def _resolve_ref(ref, globalns, localns, pending):
    # The value of ForwardRef `ref`, evaluated (and cached on it) unless it names one of
    # the references being evaluated already (`pending`): a recursive one stays as it is.
    if ref.__forward_arg__ in pending:
        return ref
    if ref.__forward_evaluated__ and localns is globalns:
        return ref.__forward_value__
    if globalns is None:
        globalns = localns if localns is not None else {}
    if localns is None:
        localns = globalns
    if ref.__forward_module__ is not None:
        home = sys.modules.get(ref.__forward_module__)
        globalns = getattr(home, '__dict__', globalns)
    raw = eval(ref.__forward_code__, globalns, localns)
    checked = _type_check(raw, 'Forward references must evaluate to types.',
                          special=ref.__forward_is_class__ or not ref.__forward_is_argument__)
    ref.__forward_value__ = _evaluate_hint(checked, globalns, localns,
                                       pending | {ref.__forward_arg__})
    ref.__forward_evaluated__ = True
    return ref.__forward_value__


def _rebuild(alias, new_args):
    # `alias` with its arguments replaced (the same object when nothing changed).
    if new_args == alias.__args__:
        return alias
    if isinstance(alias, types.GenericAlias):
        return types.GenericAlias(alias.__origin__, new_args)
    if isinstance(alias, types.UnionType):
        combined = new_args[0]
        for arg in new_args[1:]:
            combined = combined | arg
        return combined
    return alias._copy_with(new_args)


_ALIAS_KINDS = (_GenericAlias, types.GenericAlias, types.UnionType)


def _evaluate_hint(t, globalns, localns, seen=frozenset()):
    """t with its forward references (strings) evaluated, inside aliases too."""
    if isinstance(t, ForwardRef):
        return _resolve_ref(t, globalns, localns, seen)
    if not isinstance(t, _ALIAS_KINDS):
        return t
    members = t.__args__
    if isinstance(t, types.GenericAlias):
        members = [ForwardRef(m) if isinstance(m, str) else m for m in members]
    return _rebuild(t, tuple([_evaluate_hint(m, globalns, localns, seen) for m in members]))


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated in globalns and localns, inside aliases
    too; the references whose strings are in recursive_guard are left as they are."""
    return _evaluate_hint(t, globalns, localns, recursive_guard)


def _without_extras(t):
    """t without Annotated, Required and NotRequired (at any depth)."""
    while True:
        if isinstance(t, _AnnotatedAlias):
            t = t.__origin__
        elif isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
            t = t.__args__[0]
        else:
            break
    if isinstance(t, _ALIAS_KINDS):
        return _rebuild(t, tuple([_without_extras(m) for m in t.__args__]))
    return t


def _hint_of(value, globalns, localns, **ref_options):
    # One annotation as get_type_hints() gives it, before stripping: None is NoneType
    # and strings are evaluated as forward references.
    if value is None:
        value = _NONE_TYPE
    elif isinstance(value, str):
        value = ForwardRef(value, **ref_options)
    return _evaluate_hint(value, globalns, localns)


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in cls.__mro__[::-1]:  # base classes first, so subclasses override them
        notes = klass.__dict__.get('__annotations__', {})
        if not isinstance(notes, dict):
            continue
        module_ns = globalns
        if module_ns is None:
            module_ns = getattr(sys.modules.get(klass.__module__), '__dict__', {})
        # (pyrs: dict() of a mappingproxy needs its items)
        class_ns = localns if localns is not None else dict(klass.__dict__.items())
        if globalns is None and localns is None:
            # As CPython: the module's names win over the class's.
            module_ns, class_ns = class_ns, module_ns
        for name, value in notes.items():
            hints[name] = _hint_of(value, module_ns, class_ns, is_argument=False,
                                   is_class=True)
    return hints


def _default_globals(obj):
    # The namespace annotations of obj are evaluated in when get_type_hints() is given
    # none: a module's own, or the globals of the innermost function under decorators.
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class (with its bases', base classes first), method or
    function, with the string annotations evaluated (in the namespace of the module that
    defines them, and of the class) and None replaced by NoneType. Annotated[T, ...],
    Required[T] and NotRequired[T] become T unless include_extras is true.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            globalns = _default_globals(obj)
        if localns is None:
            localns = globalns
        notes = getattr(obj, '__annotations__', None)
        if notes is None:
            if isinstance(obj, _HINTLESS_KINDS):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        as_argument = not isinstance(obj, types.ModuleType)
        hints = {name: _hint_of(value, globalns, localns, is_argument=as_argument,
                                is_class=False)
                 for name, value in notes.items()}
    if not include_extras:
        hints = {name: _without_extras(hint) for name, hint in hints.items()}
    return hints
