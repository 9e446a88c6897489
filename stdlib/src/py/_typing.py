"""Runtime objects of PEP 695 for pyrs (written for pyrs): TypeVar, ParamSpec, TypeVarTuple,
TypeAliasType, Generic, the aliases they produce (`typing.Generic[T]`, `C[int]`, `A[int]`,
`typing.Union[~T, int]`, `A | None`), Union/Optional/Unpack and ForwardRef, behaving as
CPython 3.12's (the classes report __module__ 'typing'; `A[int]` and `A | None` 'types').
The typing module re-exports these objects and builds the rest of typing on them (it fills
in _bare_ok, _qualifiers and _roots below).

Compiler entry points (PEP 695; each evaluate callable takes no arguments, is called on first
access and its result kept once a call succeeds):
  _make_typevar(name, evaluate_bound=None, evaluate_constraints=None)
  _make_paramspec(name)      _make_typevartuple(name)
  _make_typealias(name, evaluate, type_params, module)        (= TypeAliasType._lazy)
  _generic_bases(type_params) -> (Generic[...],), appended to a generic class's bases
  _union_or(a, b) -> `a | b` with types.UnionType semantics, or NotImplemented
"""

import sys

_NoneType = type(None)
_FunctionType = type(lambda: None)


def _qual(obj):
    return f'{type(obj).__module__}.{type(obj).__name__}'


def _caller_module():
    try:
        return sys._getframe(2).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None


def _init_module(self, *args, **kwargs):
    """__init__ of the classes whose instances record the module that made them (found here
    rather than in __new__: pyrs shows __init__, not __new__, the frame of its caller)."""
    module = _caller_module()
    if module is not None:
        self.__dict__['__module__'] = module


def _guard(members=(), getsets=(), open_=True):
    """__setattr__, __delattr__ and __getattr__ giving the messages of a C type's read-only
    members and getsets; `open_`: other attributes may be set (the C type has a dict)."""

    def check(self, name):
        if name in members:
            raise AttributeError('readonly attribute')
        if name in getsets:
            raise AttributeError(f"attribute '{name}' of '{_qual(self)}' objects is not writable")
        if not open_:
            raise AttributeError(f"'{_qual(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        check(self, name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        check(self, name)
        if name not in self.__dict__:
            raise AttributeError(f"'{_qual(self)}' object has no attribute '{name}'")
        object.__delattr__(self, name)

    def __getattr__(self, name):
        error = self.__dict__.pop('_eval_error', None)  # raised by a lazy value: re-raise it
        if error is not None:
            raise error
        raise AttributeError(f"'{_qual(self)}' object has no attribute '{name}'")
    return __setattr__, __delattr__, __getattr__


def _lazy(self, slot):
    d = self.__dict__
    evaluate = d.get('_eval_' + slot)
    if evaluate is not None:
        try:
            d[slot] = evaluate()
        except AttributeError as e:
            d['_eval_error'] = e  # Python calls __getattr__ next, which re-raises it
            raise
        del d['_eval_' + slot]
    return d[slot]


def _parse(fname, args, kwargs, names, defaults={}, star=False):
    """Argument Clinic's checks and messages: `names` positional-or-keyword, `defaults` the
    keyword-only parameters; with `star` the caller takes the extra positionals."""
    total, most = len(args) + len(kwargs), len(names) + len(defaults)
    if not star and total > most:
        kind = 'argument' if args else 'keyword argument'
        raise TypeError(f"{fname}() takes at most {most} {kind}{'s' * (most != 1)} ({total} given)")
    if not star and len(args) > len(names):
        raise TypeError(f"{fname}() takes exactly {len(names)} positional "
                        f"argument{'s' * (len(names) != 1)} ({len(args)} given)")
    for i, key in enumerate(names[:len(args)]):
        if key in kwargs and not star:
            raise TypeError(f"argument for {fname}() given by name ('{key}') and position ({i + 1})")
    values = list(args[:len(names)])
    for i, key in enumerate(names[len(args):], len(args)):
        if key not in kwargs:
            raise TypeError(f"{fname}() missing required argument '{key}' (pos {i + 1})")
        values.append(kwargs[key])
    for key in kwargs:
        if key not in names and key not in defaults:
            raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
        if key in names[:len(args)]:
            raise TypeError(f'invalid keyword argument for {fname}()')
    if not isinstance(values[0], str):
        raise TypeError(f"{fname}() argument 'name' must be str, not {type(values[0]).__name__}")
    return values + [kwargs.get(key, value) for key, value in defaults.items()]


def _convert(arg, module=None, special=False):
    if arg is None:
        return _NoneType
    return ForwardRef(arg, module=module, is_class=special) if isinstance(arg, str) else arg


# Filled in by the typing module: the special forms valid on their own (Any, Self, ...), the
# qualifiers (ClassVar, Final: valid only as an annotation's outermost form, `special`) and the
# roots whose subscriptions only declare parameters (Generic, Protocol).
_bare_ok = []
_qualifiers = []
_roots = []


def _type_check(arg, msg, special=False, module=None):
    arg = _convert(arg, module, special)
    if isinstance(arg, _GenericAlias) and (
            arg.__origin__ in _roots or (not special and arg.__origin__ in _qualifiers)):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in _bare_ok or (special and arg in _qualifiers):
        return arg
    if isinstance(arg, _SpecialForm) or arg in _roots:
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {repr(arg)[:100]}.')
    return arg


_cache_store = {}


def _cached(func, owner, params):
    """func(owner, params), the result kept (typing's aliases are cached: List[int] is
    List[int]); values and their types make the key, as True == 1 but Literal[True] is not
    Literal[1]."""
    try:
        kinds = tuple(map(type, params)) if isinstance(params, tuple) else type(params)
        key = (func, owner, params, kinds)
        hit = _cache_store.get(key)
    except TypeError:  # unhashable arguments: not cached
        return func(owner, params)
    if hit is None:
        if len(_cache_store) > 1000:
            _cache_store.clear()
        hit = _cache_store[key] = func(owner, params)
    return hit


def _tp_cache(func=None, /, *, typed=False):
    """A decorator keeping the results of `func` (an alias's `__getitem__`): the same
    arguments give the same object; unhashable arguments are not kept."""
    def decorate(func):
        import functools
        kept = functools.lru_cache(typed=typed)(func)

        @functools.wraps(func)
        def inner(*args, **kwds):
            try:
                return kept(*args, **kwds)
            except TypeError:
                pass
            return func(*args, **kwds)
        return inner

    if func is not None:
        return decorate(func)
    return decorate


def _type_repr(obj):  # how typing spells an argument
    if isinstance(obj, type):
        return obj.__qualname__ if obj.__module__ == 'builtins' else f'{obj.__module__}.{obj.__qualname__}'
    if obj is ... or isinstance(obj, _FunctionType):
        return '...' if obj is ... else obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(map(_type_repr, obj)) + ']'
    return repr(obj)


def _ga_repr(obj):  # how types.GenericAlias and types.UnionType spell an argument
    if obj is ... or obj is None or obj is _NoneType:
        return '...' if obj is ... else 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(map(_ga_repr, obj)) + ']'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    try:
        qualname, module = obj.__qualname__, obj.__module__
    except AttributeError:
        return repr(obj)
    return qualname if module == 'builtins' else f'{module}.{qualname}'


def _collect(args):
    found = []
    for arg in args:
        if isinstance(arg, tuple):
            params = _collect(arg)
        elif isinstance(arg, type):
            params = ()
        else:
            params = (arg,) if hasattr(arg, '__typing_subst__') else getattr(arg, '__parameters__', ())
        found += [p for p in params if p not in found]
    return tuple(found)


def _is_unpacked_tvt(obj):
    return getattr(obj, '__typing_is_unpacked_typevartuple__', False) is True


def _prepare(owner, params, args):
    for param in params:
        if isinstance(param, (ParamSpec, TypeVarTuple)):
            args = param.__typing_prepare_subst__(owner, args)
    if len(args) != len(params):
        raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for "
                        f"{owner}; actual {len(args)}, expected {len(params)}")
    return args


def _subst(alias, args):
    """The arguments of alias[args]: its parameters replaced, nested aliases re-subscripted."""
    if getattr(alias, '__origin__', None) is Generic:
        raise TypeError(f'Cannot subscript already-subscripted {alias}')
    if not alias.__parameters__:
        raise TypeError(f'{alias} is not a generic class')
    args = tuple(map(_convert, args if isinstance(args, tuple) else (args,)))
    env = {}
    for param, arg in zip(alias.__parameters__, _prepare(alias, alias.__parameters__, args)):
        env[param] = arg if isinstance(param, TypeVarTuple) else param.__typing_subst__(arg)

    def replace(arg, out):
        if isinstance(arg, (TypeVar, ParamSpec)):
            out.append(env[arg])
        elif _is_unpacked_tvt(arg):
            out.extend(env[arg.__args__[0]])
        elif isinstance(arg, tuple):
            items = []
            for item in arg:
                replace(item, items)
            out.append(tuple(items))
        elif not isinstance(arg, type) and getattr(arg, '__parameters__', ()):
            values = []
            for p in arg.__parameters__:
                (values.extend if isinstance(p, TypeVarTuple) else values.append)(env[p])
            out.append(arg[tuple(values)])
        else:
            out.append(arg)
    new = []
    for arg in alias.__args__:
        replace(arg, new)
    return tuple(new)


def _is_types_union(obj):
    return type(obj).__name__ == 'UnionType' and type(obj).__module__ == 'types'


def _union_or(left, right):
    args = []
    for side in (left, right):
        # (Subclasses of types.GenericAlias too: collections.abc.Callable[...].)
        if not (side is None or isinstance(side, (type, TypeAliasType, _TypesAlias, _TypesUnion))):
            return NotImplemented
        for arg in side.__args__ if _is_types_union(side) else (side,):
            arg = _NoneType if arg is None else arg
            if arg not in args:
                args.append(arg)
    return args[0] if len(args) == 1 else _TypesUnion(tuple(args))


def _union_ror(self, left):
    return _union_or(left, self)


def _typing_or(self, right):
    return Union[self, right]


def _typing_ror(self, left):
    return Union[left, self]


def _refuse_base(name):
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"type 'typing.{name}' is not an acceptable base type")
    return classmethod(__init_subclass__)


def _not_callable(self, *args, **kwargs):
    raise TypeError(f"'{_qual(self)}' object is not callable")


def _no_mro_entries(self, bases):
    raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


def _reduce_name(self):
    return self.__name__


def _new(cls, attrs):
    self = object.__new__(cls)
    self.__dict__.update({k: v for k, v in attrs.items() if v is not None or k != '__module__'})
    return self


def _variance(name, covariant, contravariant, infer_variance):
    covariant, contravariant, infer_variance = bool(covariant), bool(contravariant), bool(infer_variance)
    if covariant and contravariant:
        raise ValueError('Bivariant types are not supported.')
    if infer_variance and (covariant or contravariant):
        raise ValueError('Variance cannot be specified with infer_variance.')
    return {'__name__': name, '__covariant__': covariant, '__contravariant__': contravariant,
            '__infer_variance__': infer_variance}


def _variance_repr(self):
    if self.__infer_variance__:
        return self.__name__
    return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


_VARIANCE = {'bound': None, 'covariant': False, 'contravariant': False, 'infer_variance': False}


class TypeVar:
    """Type variable (pyrs)."""
    __module__ = 'typing'
    __setattr__, __delattr__, __getattr__ = _guard(
        ('__name__', '__covariant__', '__contravariant__', '__infer_variance__'),
        ('__bound__', '__constraints__'))
    __init_subclass__ = _refuse_base('TypeVar')
    __call__, __mro_entries__, __reduce__ = _not_callable, _no_mro_entries, _reduce_name
    __or__, __ror__, __repr__ = _typing_or, _typing_ror, _variance_repr
    __bound__ = property(lambda self: _lazy(self, '__bound__'))
    __constraints__ = property(lambda self: _lazy(self, '__constraints__'))

    def __new__(cls, *args, **kwargs):
        name, bound, co, contra, infer = _parse('typevar', args, kwargs, ('name',), _VARIANCE, True)
        attrs = _variance(name, co, contra, infer)
        if bound is not None:
            bound = _type_check(bound, 'Bound must be a type.')
        if len(args) == 2:
            raise TypeError('A single constraint is not allowed')
        if len(args) > 2 and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        return _new(cls, dict(attrs, __bound__=bound, __constraints__=args[1:]))

    __init__ = _init_module

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if isinstance(arg, _UnpackGenericAlias):
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


def _spec_attr_class(name, suffix):
    """ParamSpecArgs or ParamSpecKwargs (two unrelated classes in CPython)."""
    def __repr__(self):
        origin = self.__origin__
        return (origin.__name__ if isinstance(origin, ParamSpec) else repr(origin)) + suffix

    def __eq__(self, other):
        return self.__origin__ == other.__origin__ if type(other) is cls else NotImplemented

    ns = dict(zip(('__setattr__', '__delattr__', '__getattr__'), _guard(('__origin__',), (), False)))
    cls = type(name, (), dict(ns, __module__='typing', __doc__=f'The type of P{suffix} (pyrs).',
                              __init_subclass__=_refuse_base(name), __mro_entries__=_no_mro_entries,
                              __new__=lambda cls, origin: _new(cls, {'__origin__': origin}),
                              __repr__=__repr__, __eq__=__eq__, __hash__=None))
    return cls


ParamSpecArgs = _spec_attr_class('ParamSpecArgs', '.args')
ParamSpecKwargs = _spec_attr_class('ParamSpecKwargs', '.kwargs')


class ParamSpec:
    """Parameter specification variable (pyrs)."""
    __module__ = 'typing'
    __setattr__, __delattr__, __getattr__ = _guard(
        ('__name__', '__bound__', '__covariant__', '__contravariant__', '__infer_variance__'),
        ('args', 'kwargs'))
    __init_subclass__ = _refuse_base('ParamSpec')
    __call__, __mro_entries__, __reduce__ = _not_callable, _no_mro_entries, _reduce_name
    __or__, __ror__, __repr__ = _typing_or, _typing_ror, _variance_repr
    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __new__(cls, *args, **kwargs):
        name, bound, co, contra, infer = _parse('paramspec', args, kwargs, ('name',), _VARIANCE)
        attrs = _variance(name, co, contra, infer)
        return _new(cls, dict(attrs, __bound__=_type_check(bound, 'Bound must be a type.')))

    __init__ = _init_module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not (arg is ... or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias))):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, '
                            f'or Concatenate. Got {arg}')
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f'Too few arguments for {alias}')
        if len(params) == 1 and not (args[0] is ... or isinstance(args[0], (tuple, list, ParamSpec))):
            return (args,)
        if isinstance(args[i], list):
            return args[:i] + (tuple(args[i]),) + args[i + 1:]
        return args


class TypeVarTuple:
    """Type variable tuple (pyrs); `*Ts` is typing.Unpack[Ts]."""
    __module__ = 'typing'
    __setattr__, __delattr__, __getattr__ = _guard(('__name__',))
    __init_subclass__ = _refuse_base('TypeVarTuple')
    __call__, __mro_entries__, __reduce__ = _not_callable, _no_mro_entries, _reduce_name

    def __new__(cls, *args, **kwargs):
        name, = _parse('typevartuple', args, kwargs, ('name',))
        return _new(cls, {'__name__': name})

    __init__ = _init_module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield self.__dict__.setdefault('_unpacked', Unpack[self])

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        left = params.index(self)
        if any(isinstance(p, TypeVarTuple) and p is not self for p in params):
            raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        right = len(params) - left - 1
        if len(args) < left + right:
            raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, '
                            f'expected at least {left + right}')
        end = len(args) - right
        return args[:left] + (args[left:end],) + args[end:]


class TypeAliasType:
    """Type alias (pyrs): the `type` statement makes one; __value__ is evaluated lazily."""
    __module__ = 'typing'
    __setattr__, __delattr__, __getattr__ = _guard(
        ('__name__',), ('__value__', '__type_params__', '__parameters__', '__module__'), False)
    __init_subclass__ = _refuse_base('TypeAliasType')
    __call__, __reduce__, __or__, __ror__ = _not_callable, _reduce_name, _union_or, _union_ror
    __value__ = property(lambda self: _lazy(self, '__value__'))
    __type_params__ = property(lambda self: self.__dict__['__type_params__'])
    __parameters__ = property(lambda self: tuple(
        next(iter(p)) if isinstance(p, TypeVarTuple) else p for p in self.__type_params__))

    def __new__(cls, *args, **kwargs):
        name, value, params = _parse('typealias', args, kwargs, ('name', 'value'), {'type_params': ()})
        if not isinstance(params, tuple):
            raise TypeError('type_params must be a tuple')
        return _new(cls, {'__name__': name, '__value__': value, '__type_params__': params})

    __init__ = _init_module

    @classmethod
    def _lazy(cls, name, evaluate, type_params, module):
        return _new(cls, {'__name__': name, '_eval___value__': evaluate,
                          '__type_params__': tuple(type_params), '__module__': module})

    def __repr__(self):
        return self.__name__

    def __getitem__(self, args):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        return _TypesAlias(self, args)


class _Final:
    """The base of typing's own classes: weak references, no instance dict."""
    __module__ = 'typing'
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        # Only typing's own classes (and typing_extensions', marked `_root=True`) derive.
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    __module__ = 'typing'

    def __init__(self, name, getitem=None, doc=None):
        if getitem is None:
            # CPython's form, which typing_extensions uses: the function alone, named and
            # documented by itself.
            getitem = name
            name, doc = getitem.__name__, getitem.__doc__
        self._name, self._getitem, self.__doc__ = name, getitem, doc

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(name)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        return _cached(self._getitem, self, params)

    __or__, __ror__ = _typing_or, _typing_ror

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _BaseGenericAlias(_Final, _root=True):
    """What typing's aliases have in common: _GenericAlias (List[int], C[int], ...) and
    typing's _SpecialGenericAlias (List, Dict, ...)."""

    def copy_with(self, params):
        """The same alias with the arguments `params`."""
        return self._copy_with(params)

    def __dir__(self):
        # The alias's own attributes and the origin's (but not its dunders), which
        # __getattr__ forwards.
        names = set(object.__dir__(self))
        names.update(name for name in dir(self.__origin__)
                     if not (name.startswith('__') and name.endswith('__')))
        return sorted(names)


class _GenericAlias(_BaseGenericAlias, _root=True):
    """typing's parameterized generic: typing.Generic[T], C[int], typing.List[int] (`name`
    set: typing's own alias, `inst` False: the origin is not called through it)."""
    __module__ = 'typing'
    _name = None
    _inst = True

    def __init__(self, origin, args, *, inst=True, name=None):
        args = args if isinstance(args, tuple) else (args,)
        self.__dict__.update(__origin__=origin, __args__=args, __parameters__=_collect(args))
        if name is None:
            self.__dict__['__module__'] = getattr(origin, '__module__', 'typing')
        else:
            self.__dict__['_name'] = name
        if not inst:
            self.__dict__['_inst'] = False

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, inst=self._inst, name=self._name)

    def __repr__(self):
        args = ', '.join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__, __ror__ = _typing_or, _typing_ror

    def __getitem__(self, args):
        return _cached(_subscript_alias, self, args)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:  # typing.List[int]: list, and Generic unless a later base brings it
            return _named_mro_entries(self, bases)
        if self.__origin__ is Generic:
            if any(isinstance(b, _GenericAlias) and b is not self for b in bases[bases.index(self) + 1:]):
                return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (name.startswith('__') and name.endswith('__')):
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        if name.startswith('__') and name.endswith('__') or name in ('_name', '_inst'):
            object.__setattr__(self, name, value)
        else:
            setattr(self.__origin__, name, value)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    __subclasscheck__ = __instancecheck__


def _subscript_alias(alias, args):
    return alias._copy_with(_subst(alias, args))


def _named_mro_entries(alias, bases):
    entries = [] if alias.__origin__ in bases else [alias.__origin__]
    later = bases[bases.index(alias) + 1:]
    if not any(hasattr(b, '__origin__') or (isinstance(b, type) and issubclass(b, Generic))
               for b in later):
        entries.append(Generic)
    return tuple(entries)


class _UnionGenericAlias(_GenericAlias, _root=True):
    __module__ = 'typing'

    def __init__(self, origin, args):
        super().__init__(origin, args,
                         name='Optional' if len(args) == 2 and _NoneType in args else 'Union')

    def _copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[self.__args__[0] is _NoneType])}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias) and not _is_types_union(other):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    __module__ = 'typing'
    __typing_is_unpacked_typevartuple__ = property(lambda self: isinstance(self.__args__[0], TypeVarTuple))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """typing.Concatenate[int, P]: a parameter list ending in a ParamSpec (or `...`)."""
    __module__ = 'typing'

    def _copy_with(self, args):
        last = args[-1]
        if isinstance(last, (list, tuple)):
            return (*args[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            args = (*args[:-1], *last.__args__)
        return super()._copy_with(args)


def _union_getitem(form, params):  # cached by _SpecialForm.__getitem__
    params = params if isinstance(params, tuple) else (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    args = []
    for p in params:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        flat = p.__args__ if isinstance(p, _UnionGenericAlias) or _is_types_union(p) else (p,)
        args += flat
    args = list(dict.fromkeys(args))  # duplicates dropped (the arguments must be hashable)
    return args[0] if len(args) == 1 else _UnionGenericAlias(form, tuple(args))


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', lambda form, t: Union[_type_check(t, f'{form} requires a single type.'), None])
Unpack = _SpecialForm('Unpack', lambda form, t: _UnpackGenericAlias(
    form, (_type_check(t, f'{form} accepts only single type.'),)))


class GenericAlias:
    """types.GenericAlias's behaviour, for a subscripted type alias (pyrs)."""
    __module__ = 'types'
    _name, _inst = None, True
    __init__, _copy_with, __call__ = (_GenericAlias.__init__, _GenericAlias._copy_with,
                                      _GenericAlias.__call__)
    __getitem__ = _subscript_alias  # not cached, as CPython's
    __or__, __ror__ = _union_or, _union_ror
    __unpacked__ = False

    def __iter__(self):
        # `*tuple[int, ...]` (PEP 646): the alias unpacked.
        unpacked = self._copy_with(self.__args__)
        unpacked.__dict__['__unpacked__'] = True
        yield unpacked

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __repr__(self):
        args = ', '.join(map(_ga_repr, self.__args__)) if self.__args__ else '()'
        star = '*' if self.__unpacked__ else ''
        return f'{star}{_ga_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _TypesAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in ('__origin__', '__args__', '__parameters__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


class UnionType:
    """types.UnionType's behaviour, for `|` with a type alias (pyrs)."""
    __module__ = 'types'
    __or__, __ror__, __hash__ = _union_or, _union_ror, _UnionGenericAlias.__hash__

    def __init__(self, args):
        self.__args__, self.__parameters__ = args, _collect(args)

    def __repr__(self):
        return ' | '.join(map(_ga_repr, self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias) and not _is_types_union(other):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __getitem__(self, args):
        result = None
        for arg in _subst(self, args):
            result = arg if result is None else result | arg
        return result

    def _classes(self, func):
        classes = tuple(type(None) if a is None else a for a in self.__args__)
        if not all(isinstance(c, type) for c in classes):
            raise TypeError(f'{func}() argument 2 cannot be a parameterized generic')
        return classes

    def __instancecheck__(self, obj):
        return isinstance(obj, self._classes('isinstance'))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._classes('issubclass'))


_TypesAlias, _TypesUnion = GenericAlias, UnionType
del GenericAlias, UnionType


class ForwardRef(_Final, _root=True):
    """A type written as a string; typing.get_type_hints evaluates it."""
    __module__ = 'typing'
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        source = f'({arg},)[0]' if arg.startswith('*') else arg  # '*Ts': Ts unpacked
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__, self.__forward_code__ = arg, code
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_module__ = module

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    __or__, __ror__ = _typing_or, _typing_ror

    def _evaluate(self, globalns, localns, recursive_guard):
        """The value of the reference in the namespaces given (kept once found); a
        reference whose string is in `recursive_guard` is returned as it is."""
        import typing
        return typing._resolve_ref(self, globalns, localns, recursive_guard)


class Generic:
    """Base class of generic classes (pyrs): class C(Generic[T]) or class C[T]."""
    __module__ = 'typing'
    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, params):
        return _cached(_generic_getitem, cls, params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is None and cls.__name__ == 'Protocol':
            pass  # typing.Protocol, whose only base is Generic
        elif Generic in (cls.__bases__ if orig is None else orig):
            raise TypeError('Cannot inherit from plain Generic')
        params = ()
        if orig is not None:
            params = _collect(orig)
            declared = [b for b in orig if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
            if len(declared) > 1:
                raise TypeError('Cannot inherit from Generic[...] multiple times.')
            if declared:
                listed = declared[0].__parameters__
                missing = [p for p in params if p not in listed]
                if missing:
                    raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                    f"are not listed in Generic[{', '.join(map(str, listed))}]")
                params = listed
        cls.__parameters__ = params


def _generic_getitem(cls, params):
    """cls[params] for Generic, Protocol (a root: params declares type parameters) or a
    generic class (params are substituted for its parameters)."""
    params = tuple(map(_convert, params if isinstance(params, tuple) else (params,)))
    if cls in _roots:
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if not all(isinstance(p, (TypeVar, ParamSpec)) or _is_unpacked_tvt(p) for p in params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            'or parameter specification variables.')
        if len(set(params)) != len(params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)
    if not cls.__parameters__:
        raise TypeError(f'{cls} is not a generic class')
    args = []
    for param, arg in zip(cls.__parameters__, _prepare(cls, cls.__parameters__, params)):
        (args.extend if isinstance(param, TypeVarTuple) else args.append)(arg)
    return _GenericAlias(cls, tuple(args))


_roots.append(Generic)


def _make_typevar(name, evaluate_bound=None, evaluate_constraints=None):
    attrs = dict(_variance(name, False, False, True), __bound__=None, __constraints__=())
    if evaluate_bound is not None:
        attrs['_eval___bound__'] = evaluate_bound
    if evaluate_constraints is not None:
        attrs['_eval___constraints__'] = lambda: tuple(evaluate_constraints())
    return _new(TypeVar, attrs)


def _make_paramspec(name):
    return _new(ParamSpec, dict(_variance(name, False, False, True), __bound__=None))


def _make_typevartuple(name):
    return _new(TypeVarTuple, {'__name__': name})


_make_typealias = TypeAliasType._lazy


def _generic_bases(type_params):
    params = tuple(next(iter(p)) if isinstance(p, TypeVarTuple) else p for p in type_params)
    return (Generic.__class_getitem__(params),)


def _make_typevar_now(name, bound=None, constraints=None):
    """A type parameter `T: bound` or `T: (A, B)` whose bound was already evaluated."""
    return _make_typevar(
        name,
        None if bound is None else (lambda: bound),
        None if constraints is None else (lambda: constraints),
    )
