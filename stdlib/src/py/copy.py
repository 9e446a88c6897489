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


class _Duplicator:
    """One copy operation: shallow (memo is None) or deep (memo maps id -> copy)."""

    def __init__(self, memo):
        self.memo = memo

    def clone(self, obj):
        kind = type(obj)
        if self.memo is None:
            return self._shallow(obj, kind)
        key = id(obj)
        if key in self.memo:
            return self.memo[key]
        result = self._deep(obj, kind)
        if result is not obj:
            self.memo[key] = result
            self._hold(obj)
        return result

    # -- the two kinds of copy

    def _shallow(self, obj, kind):
        if kind in _SHALLOW_SHARED or issubclass(kind, type):
            return obj
        if kind in _SELF_COPYING:
            return kind.copy(obj)
        hook = getattr(kind, '__copy__', None)
        if hook is not None:
            return hook(obj)
        return self._via_reduce(obj, kind)

    def _deep(self, obj, kind):
        if kind in _SHARED or issubclass(kind, type):
            return obj
        if kind is list:
            fresh = []
            self.memo[id(obj)] = fresh
            fresh.extend(self.clone(item) for item in obj)
            return fresh
        if kind is dict:
            fresh = {}
            self.memo[id(obj)] = fresh
            for key, value in obj.items():
                fresh[self.clone(key)] = self.clone(value)
            return fresh
        if kind is tuple:
            return self._deep_tuple(obj)
        if kind is set or kind is frozenset:
            return kind([self.clone(item) for item in obj])
        if kind is _types.MethodType:
            return kind(obj.__func__, self.clone(obj.__self__))
        hook = getattr(obj, '__deepcopy__', None)
        if hook is not None:
            return hook(self.memo)
        return self._via_reduce(obj, kind)

    def _deep_tuple(self, obj):
        items = [self.clone(item) for item in obj]
        # A tuple reachable from its own items was copied meanwhile: reuse that copy.
        if id(obj) in self.memo:
            return self.memo[id(obj)]
        if all(new is old for new, old in zip(items, obj)):
            return obj
        return tuple(items)

    def _hold(self, obj):
        # The memo keeps the originals alive so that their ids stay unique meanwhile.
        own = id(self.memo)
        if own in self.memo:
            self.memo[own].append(obj)
        else:
            self.memo[own] = [obj]

    # -- the reduce protocol

    def _via_reduce(self, obj, kind):
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
                    depth = 'shallow' if self.memo is None else 'deep'
                    raise Error(f'un({depth})copyable object of type {kind}')
                recipe = plain()
        if isinstance(recipe, str):
            return obj
        return self._rebuild(obj, _recipe_parts(recipe))

    def _rebuild(self, obj, parts):
        maker, args, state, items, pairs = parts
        deep = self.memo is not None
        if deep and args:
            args = self.clone(args)
        result = maker(*args)
        if deep:
            self.memo[id(obj)] = result
        if state is not None:
            if deep:
                state = self.clone(state)
            _apply_state(result, state)
        if items is not None:
            for item in items:
                result.append(self.clone(item) if deep else item)
        if pairs is not None:
            for key, value in pairs:
                if deep:
                    key, value = self.clone(key), self.clone(value)
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


def _native_recipe(obj, kind):
    """The reduce value CPython gives for builtin kinds that pyrs cannot reduce itself
    (sets, bytearrays and their subclasses; builtin method descriptors), or None."""
    if kind.__reduce_ex__ is not object.__reduce_ex__ or \
            kind.__reduce__ is not object.__reduce__:
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
    return _Duplicator(None).clone(x)


def deepcopy(x, memo=None):
    """Return a deep copy of x; `memo` (a dict) records the copies already made."""
    return _Duplicator({} if memo is None else memo).clone(x)
