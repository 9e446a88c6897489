"""Shallow and deep copies of Python objects (pyrs's `copy` module).

copy(x) duplicates the outer object only; deepcopy(x) duplicates it recursively,
keeping shared and cyclic references shared in the result.  Classes take part via
__copy__ / __deepcopy__, copyreg's table, or the pickle reduce protocol.
"""

import types as _types
import _weakref
import copyreg as _copyreg
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
    return _deep_new(obj, memo, key, kind)


def _deep_new(obj, memo, key, kind):
    """_deep for an obj whose id `key` the caller found missing from memo, and whose
    type `kind` is not one of the shared kinds."""
    copier = _DEEP_COPIERS.get(kind)
    if copier is not None:
        result = copier(obj, memo)
    elif issubclass(kind, type):
        return obj
    else:
        # getattr with a default catches AttributeError only, like a try/except
        hook = getattr(obj, '__deepcopy__', None)
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


# The container copiers below look each item up in the memo themselves and keep the
# items of the shared kinds, exactly as _deep would, to spare a call per item.

def _deep_list(obj, memo):
    fresh = []
    memo[id(obj)] = fresh
    append = fresh.append
    for item in obj:
        ident = id(item)
        if ident in memo:
            append(memo[ident])
        else:
            kind = type(item)
            append(item if kind in _SHARED else _deep_new(item, memo, ident, kind))
    return fresh


def _deep_dict(obj, memo):
    fresh = {}
    memo[id(obj)] = fresh
    for key, value in obj.items():
        # the value first, as in `fresh[deep(key)] = deep(value)`
        ident = id(value)
        if ident in memo:
            value = memo[ident]
        else:
            kind = type(value)
            if kind not in _SHARED:
                value = _deep_new(value, memo, ident, kind)
        ident = id(key)
        if ident in memo:
            key = memo[ident]
        else:
            kind = type(key)
            if kind not in _SHARED:
                key = _deep_new(key, memo, ident, kind)
        fresh[key] = value
    return fresh


def _deep_tuple(obj, memo):
    # Most tuples come out unchanged: scan for the first item whose copy differs
    # before building a new tuple.
    done = 0
    for item in obj:
        ident = id(item)
        if ident in memo:
            new = memo[ident]
            if new is not item:
                break
        else:
            kind = type(item)
            if kind not in _SHARED:
                new = _deep_new(item, memo, ident, kind)
                if new is not item:
                    break
        done += 1
    else:
        # A tuple reachable from its own items was copied meanwhile: reuse that copy.
        key = id(obj)
        if key in memo:
            return memo[key]
        return obj
    items = list(obj[:done])
    items.append(new)
    append = items.append
    for item in obj[done + 1:]:
        ident = id(item)
        if ident in memo:
            append(memo[ident])
        else:
            kind = type(item)
            append(item if kind in _SHARED else _deep_new(item, memo, ident, kind))
    key = id(obj)
    if key in memo:
        return memo[key]
    return tuple(items)


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
    if reducer is not None:
        recipe = reducer(obj)
    else:
        recipe = _native_recipe(obj, kind)
        if recipe is _PLAIN:
            state = _plain_state(obj, kind)
            if state is not _PLAIN:
                return _rebuild_plain(obj, kind, state, memo)
            recipe = None
        if recipe is None:
            by_protocol = getattr(obj, '__reduce_ex__', None)
            if by_protocol is not None:
                recipe = by_protocol(4)
            else:
                plain = getattr(obj, '__reduce__', None)
                if not plain:
                    depth = 'shallow' if memo is None else 'deep'
                    raise Error(f'un({depth})copyable object of type {kind}')
                recipe = plain()
    if type(recipe) is tuple and 1 < len(recipe) < 6:
        # the usual recipe needs neither the str test nor padding
        return _rebuild(obj, memo, *recipe)
    if isinstance(recipe, str):
        return obj
    return _rebuild(obj, memo, *_recipe_parts(recipe))


def _rebuild(obj, memo, maker, args, state=None, items=None, pairs=None):
    if memo is None:
        result = maker(*args)
        if state is not None:
            _apply_state(result, state)
        if items is not None:
            for item in items:
                result.append(item)
        if pairs is not None:
            for key, value in pairs:
                result[key] = value
        return result
    if args:
        args = _deep(args, memo)
    result = maker(*args)
    memo[id(obj)] = result
    if state is not None:
        state = _deep(state, memo)
        _apply_state(result, state)
    if items is not None:
        for item in items:
            result.append(_deep(item, memo))
    if pairs is not None:
        for key, value in pairs:
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


# Kinds whose instances _native_recipe rebuilds with getattr.
_NAMED_DESCRIPTORS = (_types.MethodDescriptorType, _types.WrapperDescriptorType)
_BOUND_KINDS = (_types.MethodWrapperType, _types.MethodType)
_NAMED_KINDS = frozenset(_NAMED_DESCRIPTORS + _BOUND_KINDS)
_NATIVE_PAYLOADS = (set, frozenset, bytearray)
_OBJECT_REDUCE_EX = object.__reduce_ex__
_OBJECT_REDUCE = object.__reduce__
_OBJECT_NEW = object.__new__
_OBJECT_GETSTATE = object.__getstate__
_OBJECT_GETATTRIBUTE = object.__getattribute__
_NEWOBJ = _copyreg.__newobj__
# What _native_recipe and _plain_state give when object's own reduction applies
# (also a default that no attribute look-up can return).
_PLAIN = object()


def _native_recipe(obj, kind):
    """The reduce value CPython gives for builtin kinds that pyrs cannot reduce itself
    (sets, bytearrays and their subclasses; builtin method descriptors), None when the
    class has its own reduction, or _PLAIN when object's reduction is left to apply."""
    if kind.__reduce_ex__ is not _OBJECT_REDUCE_EX or \
            kind.__reduce__ is not _OBJECT_REDUCE:
        return None
    if kind in _NAMED_KINDS:
        if kind in _NAMED_DESCRIPTORS:
            return getattr, (obj.__objclass__, obj.__name__)
        return getattr, (obj.__self__, obj.__name__)
    # (one isinstance test for the usual case of none of these)
    if not isinstance(obj, _NATIVE_PAYLOADS):
        return _PLAIN
    if isinstance(obj, (set, frozenset)):
        payload = (list(obj),)
    else:
        payload = (bytes(obj),)
    return kind, payload, getattr(obj, '__dict__', None) or None


def _plain_state(obj, kind):
    """For an instance of a class whose reduction is object's, the state that
    obj.__reduce_ex__(4) would give with (copyreg.__newobj__, (kind,)), when it is sure
    to be just the instance's own non-empty __dict__; _PLAIN otherwise.

    The class must keep object's __new__, __getstate__ and __getattribute__, have no
    __getnewargs_ex__ / __getnewargs__ and a plain metaclass (so that looking these up
    runs no code), and the instance dict must not shadow __reduce_ex__ / __getstate__.
    object.__getstate__ returns a dict only for such an instance itself."""
    if type(kind) is not type or kind.__new__ is not _OBJECT_NEW or \
            kind.__getstate__ is not _OBJECT_GETSTATE or \
            kind.__getattribute__ is not _OBJECT_GETATTRIBUTE or \
            getattr(kind, '__getnewargs_ex__', _PLAIN) is not _PLAIN or \
            getattr(kind, '__getnewargs__', _PLAIN) is not _PLAIN:
        return _PLAIN
    state = _OBJECT_GETSTATE(obj)
    if type(state) is not dict or '__reduce_ex__' in state or '__getstate__' in state:
        return _PLAIN
    return state


def _rebuild_plain(obj, kind, state, memo):
    """_rebuild for the recipe (copyreg.__newobj__, (kind,), state, None, None)."""
    maker = _copyreg.__newobj__
    if memo is None:
        result = _OBJECT_NEW(kind) if maker is _NEWOBJ else maker(kind)
        _apply_state(result, state)
        return result
    if id(kind) in memo:
        # the copy of (kind,) is not itself: leave it to the general path
        return _rebuild(obj, memo, maker, (kind,), state)
    result = _OBJECT_NEW(kind) if maker is _NEWOBJ else maker(kind)
    memo[id(obj)] = result
    _apply_state(result, _deep(state, memo))
    return result


def _apply_state(target, state):
    # getattr with a default catches AttributeError only, like a try/except
    setter = getattr(target, '__setstate__', None)
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
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    kind = type(x)
    if kind in _SHARED:
        return x
    return _deep_new(x, memo, key, kind)
