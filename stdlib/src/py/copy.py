"""Shallow and deep copying (CPython's copy module, written for pyrs)."""

import types
import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    # Raised for an object that offers no way to be copied (kept without a docstring,
    # as in CPython).
    pass


error = Error   # older alias


# Types whose instances are never duplicated, shallowly or deeply.
_ATOMIC = frozenset({
    types.NoneType, types.EllipsisType, types.NotImplementedType,
    bool, int, float, complex, str, bytes,
    type, range, property, weakref.ref,
    types.BuiltinFunctionType, types.FunctionType, types.CodeType,
})

# A shallow copy also leaves these immutable containers alone.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}

# Built-in mutable containers know how to copy themselves.
_SHALLOW_METHOD = {list: list.copy, dict: dict.copy, set: set.copy,
                   bytearray: bytearray.copy}


def copy(x):
    """Return a shallow copy of x (x itself when it is immutable)."""
    kind = type(x)
    if kind in _SHALLOW_SAME:
        return x
    method = _SHALLOW_METHOD.get(kind)
    if method is not None:
        return method(x)
    if issubclass(kind, type):
        return x    # classes, whatever their metaclass, are not copied
    hook = getattr(kind, '__copy__', None)
    if hook is not None:
        return hook(x)
    recipe = _recipe(x, kind, "un(shallow)copyable object of type %s")
    if isinstance(recipe, str):
        return x    # a global name: the object stands for itself
    return _reconstruct(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x. `memo` maps the id of each object already copied to its
    copy, so that shared and self-referencing structures come out the same shape."""
    if memo is None:
        memo = {}
    key = id(x)
    earlier = memo.get(key, _nil)
    if earlier is not _nil:
        return earlier

    kind = type(x)
    if kind in _ATOMIC or issubclass(kind, type):
        return x
    builder = _DEEP_BUILDERS.get(kind)
    if builder is not None:
        result = builder(x, memo)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            result = hook(memo)
        else:
            recipe = _recipe(x, kind, "un(deep)copyable object of type %s")
            if isinstance(recipe, str):
                result = x
            else:
                result = _reconstruct(x, memo, *recipe)

    if result is not x:
        memo[key] = result
        _pin(x, memo)
    return result


def _pin(obj, memo):
    """Hold a reference to `obj` in the memo itself (under the memo's id): while the memo
    lives, the id of an original it records cannot be reused by a new object."""
    keep = memo.get(id(memo))
    if keep is None:
        memo[id(memo)] = [obj]
    else:
        keep.append(obj)


# --- deep copies of the built-in containers -------------------------------------------------

def _deep_list(x, memo):
    twin = []
    memo[id(x)] = twin      # registered first: the list may contain itself
    for item in x:
        twin.append(deepcopy(item, memo))
    return twin


def _deep_dict(x, memo):
    twin = {}
    memo[id(x)] = twin
    for k, v in x.items():
        twin[deepcopy(k, memo)] = deepcopy(v, memo)
    return twin


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # Copying the items may have gone round a cycle and copied this tuple already.
    if id(x) in memo:
        return memo[id(x)]
    for before, after in zip(x, parts):
        if before is not after:
            return tuple(parts)
    return x    # nothing inside changed: the tuple can be shared


def _deep_bound_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_BUILDERS = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple,
                  types.MethodType: _deep_bound_method}


# --- the pickle protocol --------------------------------------------------------------------

_OBJECT_REDUCE_EX = object.__reduce_ex__
_OBJECT_REDUCE = object.__reduce__


def _recipe(x, kind, complaint):
    """How to rebuild x, as the pickle protocol describes it: a reduce tuple, or a string
    when x is a global that copies as itself."""
    reducer = dispatch_table.get(kind)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        if (getattr(kind, '__reduce_ex__', None) is _OBJECT_REDUCE_EX
                and getattr(kind, '__reduce__', None) is _OBJECT_REDUCE):
            # The class relies on object's reduction: build it here, the way CPython's
            # object.__reduce_ex__(4) would (pyrs's does not cover every type yet).
            return _standard_recipe(x, kind)
        return method(4)
    method = getattr(x, '__reduce__', None)
    if method is not None:
        return method()
    raise Error(complaint % kind)


def _saved_state(x):
    """The state a default reduction records: __getstate__(), or else a non-empty
    instance dict."""
    getter = getattr(x, '__getstate__', None)
    if getter is not None:
        return getter()
    attrs = getattr(x, '__dict__', None)
    return attrs or None


def _exception_args(exc):
    args = exc.args
    # An OSError made with a file name takes it back as a third (and fifth) argument.
    if isinstance(exc, OSError) and len(args) == 2 and exc.filename is not None:
        args = args + (exc.filename,)
        if exc.filename2 is not None:
            args = args + (None, exc.filename2)
    return args


# Kinds of built-in callables that are rebuilt by looking them up again by name.
_LOOKED_UP_ON_OWNER = {'method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor'}


def _builtin_recipe(x, kind):
    """The reduction of an instance of one of the built-in types that have their own;
    None for any other object."""
    if isinstance(x, (set, frozenset)):
        return kind, (list(x),), _saved_state(x)
    if isinstance(x, bytearray):
        return kind, ((bytes(x),) if len(x) else ()), _saved_state(x)
    if isinstance(x, BaseException):
        extra = getattr(x, '__dict__', None)
        if extra:
            return kind, _exception_args(x), extra
        return kind, _exception_args(x)
    if kind is slice:
        return slice, (x.start, x.stop, x.step)
    if isinstance(x, types.MethodType):
        return getattr, (x.__self__, x.__func__.__name__)
    if kind is not object and kind.__module__ == 'builtins':
        label = kind.__name__
        if label in _LOOKED_UP_ON_OWNER:
            return getattr, (x.__objclass__, x.__name__)
        if label == 'method-wrapper':
            return getattr, (x.__self__, x.__name__)
        raise TypeError(f"cannot pickle {label!r} object")
    return None


def _constructor_arguments(x, kind):
    """(args, kwargs) for re-creating x through kind.__new__, from __getnewargs_ex__ or
    __getnewargs__ when the class has one; (None, None) otherwise."""
    with_keywords = getattr(kind, '__getnewargs_ex__', None)
    if with_keywords is not None:
        pair = with_keywords(x)
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             f"not {len(pair)}")
        positional, keywords = pair
        if not isinstance(positional, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(positional).__name__}'")
        if not isinstance(keywords, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(keywords).__name__}'")
        return positional, keywords
    plain = getattr(kind, '__getnewargs__', None)
    if plain is not None:
        positional = plain(x)
        if not isinstance(positional, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{type(positional).__name__}'")
        return positional, None
    return None, None


def _standard_recipe(x, kind):
    """Protocol 4's reduction of an object whose class does not define its own."""
    recipe = _builtin_recipe(x, kind)
    if recipe is not None:
        return recipe
    import copyreg
    positional, keywords = _constructor_arguments(x, kind)
    if keywords:
        maker, arguments = copyreg.__newobj_ex__, (kind, positional, keywords)
    else:
        maker, arguments = copyreg.__newobj__, (kind, *(positional or ()))
    state = _saved_state(x)
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    return maker, arguments, state, items, pairs


# --- rebuilding from a reduction ------------------------------------------------------------

def _restore_state(obj, state):
    """Give a freshly made object its state: through __setstate__ when it has one, else
    as its instance dict and/or (with a (dict, slots) pair) attribute by attribute."""
    setter = getattr(obj, '__setstate__', None)
    if setter is not None:
        setter(state)
        return
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state is not None:
        obj.__dict__.update(state)
    if slot_values is not None:
        for name, value in slot_values.items():
            setattr(obj, name, value)


# (Named as in CPython: the name shows in the TypeError for a reduce tuple that is too short.)
def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Make the copy of x that a reduce tuple describes; deep when memo is given."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    made = func(*args)
    if deep:
        memo[id(x)] = made

    if state is not None:
        _restore_state(made, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            made.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            made[k] = v
    return made
