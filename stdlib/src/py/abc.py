"""Abstract base classes for pyrs (the `abc` module, written for pyrs).

This module owns `ABCMeta` (the metaclass that computes `__abstractmethods__` and keeps the
registry of virtual subclasses with its caches), `ABC`, `abstractmethod`, the deprecated
`abstractclassmethod` / `abstractstaticmethod` / `abstractproperty`, `get_cache_token()` and
`update_abstractmethods()`.

Refusing to instantiate a class whose `__abstractmethods__` is non-empty is done by `type`
itself (in Rust); this module only computes and stores that set.

Difference from CPython: pyrs has no `weakref`, so the registry and the two caches of every
ABC are ordinary sets that hold their classes strongly (CPython uses weak references).
"""

import _abc


def abstractmethod(funcobj):
    """Mark a method as abstract: a class whose metaclass is ABCMeta (or derived from it)
    cannot be instantiated until every abstract method has been overridden.

    Combine it with other decorators by applying it innermost, e.g.
    `@property` over `@abstractmethod`.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use `classmethod` over `abstractmethod` instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use `staticmethod` over `abstractmethod` instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use `property` over `abstractmethod` instead."""

    __isabstractmethod__ = True


# Bumped by every successful register(): negative caches built under an older value are stale.
_invalidation_counter = 0


def get_cache_token():
    """Return the current token of the ABC caches.

    The token changes whenever a class is registered as a virtual subclass of any ABC, so it
    can be used to tell whether a cache keyed on isinstance()/issubclass() results is stale.
    """
    return _invalidation_counter


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls):
    """Names abstract in `cls`: its own abstract attributes plus those inherited from its
    bases' `__abstractmethods__` that still resolve to something abstract on `cls`."""
    found = set()
    own = cls.__dict__
    for name in own:
        if _is_abstract(own[name]):
            found.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            try:
                value = getattr(cls, name)
            except AttributeError:
                continue
            if _is_abstract(value):
                found.add(name)
    return frozenset(found)


def update_abstractmethods(cls):
    """Recompute the abstract methods of an abstract class.

    Use it when abstract methods are implemented or added after the class was created;
    only the class itself is updated, not its subclasses. A class that was not created with
    ABCMeta (it has no `__abstractmethods__`) is returned untouched. Returns `cls`, so it
    can be used as a class decorator.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class _ABCState:
    """Per-ABC bookkeeping, stored as `cls._abc_impl` (never inherited: every ABC gets its
    own)."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version', 'tpflags')

    def __init__(self):
        self.tpflags = 0
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def _state(cls):
    state = cls.__dict__.get('_abc_impl')
    if state is None:
        # A class that reached these methods without ABCMeta.__new__ (unusual): give it
        # fresh state instead of sharing one inherited from a base.
        state = _ABCState()
        type.__setattr__(cls, '_abc_impl', state)
    return state


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    A class created with this metaclass can be subclassed directly and can also have
    unrelated concrete classes (even built-in ones) and unrelated ABCs registered as
    "virtual subclasses" with `register()`: those, and their descendants, are then
    considered subclasses of the ABC by issubclass() and isinstance(), but the ABC does not
    appear in their MRO and its methods are not callable on them (not even through super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        state = _ABCState()
        type.__setattr__(cls, '_abc_impl', state)
        # The sequence/mapping pattern flags collections.abc gives: kept on the type (and
        # inherited), not as an attribute.
        if '__abc_tpflags__' in cls.__dict__:
            state.tpflags = cls.__dict__['__abc_tpflags__']
            _abc.set_collection_flags(cls, state.tpflags, False)
            type.__delattr__(cls, '__abc_tpflags__')
        else:
            for base in cls.__mro__[1:]:
                impl = base.__dict__.get('_abc_impl')
                if impl is not None and impl.tpflags:
                    state.tpflags = impl.tpflags
                    break
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass, really or virtually.
        if issubclass(cls, subclass):
            # It would make subclass a subclass of itself.
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.add(subclass)
        if _state(cls).tpflags:
            _abc.set_collection_flags(subclass, _state(cls).tpflags, True)
        _invalidation_counter += 1  # Negative caches everywhere may now be wrong.
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        claimed = instance.__class__
        state = _state(cls)
        if claimed in state.cache:
            return True
        actual = type(instance)
        if actual is claimed:
            if (state.negative_cache_version == _invalidation_counter
                    and claimed in state.negative_cache):
                return False
            return cls.__subclasscheck__(claimed)
        if cls.__subclasscheck__(claimed):
            return True
        return cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        if subclass in state.cache:
            return True
        if state.negative_cache_version < _invalidation_counter:
            state.negative_cache = set()
            state.negative_cache_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False

        verdict = cls.__subclasshook__(subclass)
        if verdict is True:
            state.cache.add(subclass)
            return True
        if verdict is False:
            state.negative_cache.add(subclass)
            return False
        if verdict is not NotImplemented:
            raise AssertionError(
                "__subclasshook__ must return either False, True, or NotImplemented")

        # A real subclass?
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        # A subclass of something registered with cls?
        for registered in list(state.registry):
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        # A subclass of one of cls's subclasses (whose own registries count too)?
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                state.cache.add(subclass)
                return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the registry and caches of this ABC."""
        state = _state(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {set(state.cache)!r}", file=file)
        print(f"_abc_negative_cache: {set(state.negative_cache)!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        state = _state(cls)
        state.cache.clear()
        state.negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()
