"""Shallow and deep copies of Python objects (pyrs's `copy` module).

copy(x) duplicates the outer object only; deepcopy(x) duplicates it recursively,
keeping shared and cyclic references shared in the result.  Classes take part via
__copy__ / __deepcopy__, copyreg's table, or the pickle reduce protocol.
"""

import types as _types
import _weakref
from copyreg import dispatch_table

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Objects of these exact types are never duplicated by either kind of copy.
_SHARED = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex,
    str, bytes, range, type, property, _types.FunctionType, _types.BuiltinFunctionType,
    _types.CodeType, _weakref.ref,
})
# ... and these only by deep copies (which look inside them).
_SHALLOW_SHARED = _SHARED | {tuple, frozenset, slice}
# Mutable builtins whose own copy() method is a shallow copy.
_SELF_COPYING = frozenset({list, dict, set, bytearray})


def _deep(obj, memo):
    """Deep copy of obj; memo maps id(original) -> copy and keeps the originals."""
    key = id(obj)
    if key in memo:
        return memo[key]
    kind = type(obj)
    if kind in _SHARED:
        return obj
    if kind in _DEEP_COPIERS:
        result = _DEEP_COPIERS[kind](obj, memo)
    elif issubclass(kind, type):
        return obj
    else:
        # (try/except rather than getattr(obj, name, None): cheaper in pyrs when
        # the attribute is missing, and the same AttributeError-only semantics)
        try:
            hook = obj.__deepcopy__
        except AttributeError:
            hook = None
        if hook is not None:
            result = hook(memo)
        else:
            result = _via_reduce(obj, kind, memo)
    if result is not obj:
        memo[key] = result
        # The memo keeps the originals alive so that their ids stay unique meanwhile.
        own = id(memo)
        if own in memo:
            memo[own].append(obj)
        else:
            memo[own] = [obj]
    return result


# The container copiers below handle items of the shared kinds themselves, exactly
# as _deep would (memo first), to spare a call per item.

def _deep_list(obj, memo):
    fresh = []
    memo[id(obj)] = fresh
    append = fresh.append
    for item in obj:
        if type(item) in _SHARED:
            ident = id(item)
            append(memo[ident] if ident in memo else item)
        else:
            append(_deep(item, memo))
    return fresh


def _deep_dict(obj, memo):
    fresh = {}
    memo[id(obj)] = fresh
    for key, value in obj.items():
        # the value first, as in `fresh[deep(key)] = deep(value)`
        if type(value) in _SHARED:
            ident = id(value)
            if ident in memo:
                value = memo[ident]
        else:
            value = _deep(value, memo)
        if type(key) in _SHARED:
            ident = id(key)
            if ident in memo:
                key = memo[ident]
        else:
            key = _deep(key, memo)
        fresh[key] = value
    return fresh


def _deep_tuple(obj, memo):
    items = []
    append = items.append
    same = True
    for item in obj:
        if type(item) in _SHARED:
            ident = id(item)
            new = memo[ident] if ident in memo else item
        else:
            new = _deep(item, memo)
        append(new)
        if new is not item:
            same = False
    # A tuple reachable from its own items was copied meanwhile: reuse that copy.
    key = id(obj)
    if key in memo:
        return memo[key]
    return obj if same else tuple(items)


def _deep_set(obj, memo):
    return type(obj)([_deep(item, memo) for item in obj])


def _deep_method(obj, memo):
    return _types.MethodType(obj.__func__, _deep(obj.__self__, memo))


# How deep copies duplicate the builtin containers.
_DEEP_COPIERS = {
    list: _deep_list, dict: _deep_dict, tuple: _deep_tuple, set: _deep_set,
    frozenset: _deep_set, _types.MethodType: _deep_method,
}


def _shallow(obj):
    kind = type(obj)
    if kind in _SHALLOW_SHARED or issubclass(kind, type):
        return obj
    if kind in _SELF_COPYING:
        return kind.copy(obj)
    hook = getattr(kind, '__copy__', None)
    if hook is not None:
        return hook(obj)
    return _via_reduce(obj, kind, None)


# -- the reduce protocol (memo is None for shallow copies)

def _via_reduce(obj, kind, memo):
    reducer = dispatch_table.get(kind)
    recipe = None if reducer is not None else _native_recipe(obj, kind)
    if reducer is not None:
        recipe = reducer(obj)
    elif recipe is None:
        by_protocol = getattr(obj, '__reduce_ex__', None)
        if by_protocol is not None:
            recipe = by_protocol(4)
        else:
            plain = getattr(obj, '__reduce__', None)
            if not plain:
                depth = 'shallow' if memo is None else 'deep'
                raise Error(f'un({depth})copyable object of type {kind}')
            recipe = plain()
    if isinstance(recipe, str):
        return obj
    return _rebuild(obj, _recipe_parts(recipe), memo)


def _rebuild(obj, parts, memo):
    maker, args, state, items, pairs = parts
    deep = memo is not None
    if deep and args:
        args = _deep(args, memo)
    result = maker(*args)
    if deep:
        memo[id(obj)] = result
    if state is not None:
        if deep:
            state = _deep(state, memo)
        _apply_state(result, state)
    if items is not None:
        for item in items:
            result.append(_deep(item, memo) if deep else item)
    if pairs is not None:
        for key, value in pairs:
            if deep:
                key, value = _deep(key, memo), _deep(value, memo)
            result[key] = value
    return result


def _recipe_parts(recipe):
    """Pad a reduce tuple to (callable, args, state, listitems, dictitems), failing
    like a call with that many positional arguments would."""
    try:
        parts = (*recipe,)
    except TypeError:
        raise TypeError('Value after * must be an iterable, not '
                        f'{type(recipe).__name__}') from None
    count = len(parts)
    if count < 2:
        wanted = ("'args'" if count else "'func' and 'args'")
        plural = '' if count else 's'
        raise TypeError(f'_reconstruct() missing {2 - count} required positional '
                        f'argument{plural}: {wanted}')
    if count > 5:
        raise TypeError('_reconstruct() takes from 4 to 7 positional arguments but '
                        f'{count + 2} were given')
    return parts + (None,) * (5 - count)


_NAMED_DESCRIPTORS = (_types.MethodDescriptorType, _types.WrapperDescriptorType)
_OBJECT_REDUCE_EX = object.__reduce_ex__
_OBJECT_REDUCE = object.__reduce__


def _native_recipe(obj, kind):
    """The reduce value CPython gives for builtin kinds that pyrs cannot reduce itself
    (sets, bytearrays and their subclasses; builtin method descriptors), or None."""
    if kind.__reduce_ex__ is not _OBJECT_REDUCE_EX or \
            kind.__reduce__ is not _OBJECT_REDUCE:
        return None
    if kind in _NAMED_DESCRIPTORS:
        return getattr, (obj.__objclass__, obj.__name__)
    if kind is _types.MethodWrapperType or kind is _types.MethodType:
        return getattr, (obj.__self__, obj.__name__)
    if isinstance(obj, (set, frozenset)):
        payload = (list(obj),)
    elif isinstance(obj, bytearray):
        payload = (bytes(obj),)
    else:
        return None
    return kind, payload, getattr(obj, '__dict__', None) or None


def _apply_state(target, state):
    try:
        setter = target.__setstate__
    except AttributeError:
        setter = None
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        target.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(target, name, value)


def copy(x):
    """Return a shallow copy of x."""
    return _shallow(x)


def deepcopy(x, memo=None):
    """Return a deep copy of x; `memo` (a dict) records the copies already made."""
    return _deep(x, {} if memo is None else memo)
