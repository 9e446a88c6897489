"""Abstract base classes (PEP 3119), pyrs's `abc` module.

The ABC machinery is written here in Python; pyrs's native `_abc` only provides the
type flags that sequence/mapping pattern matching looks at.
"""

import _abc
from _weakref import ref as _ref


def abstractmethod(funcobj):
    """Mark a method abstract: a class of an ABCMeta metaclass that has (or inherits)
    it unoverridden cannot be instantiated."""
    setattr(funcobj, '__isabstractmethod__', True)
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    def __init__(self, callable):
        classmethod.__init__(self, abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    def __init__(self, callable):
        staticmethod.__init__(self, abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""


# The deprecated wrappers count as abstract themselves.
for _legacy in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _legacy.__isabstractmethod__ = True
del _legacy


# ---- bookkeeping ---------------------------------------------------------------------------

# Bumped by every register() anywhere: rejections recorded before are stale.
_epoch = [0]

# Above zero while ABC machinery asks issubclass() on its own account: the walks
# below over registries and subclass lists, register()'s checks, and
# functools.singledispatch ordering an MRO.  typing.Protocol reads it to let
# those checks through without the errors it raises for user code.
_machinery_depth = [0]


def _as_machinery(check, *args):
    _machinery_depth[0] += 1
    try:
        return check(*args)
    finally:
        _machinery_depth[0] -= 1


def get_cache_token():
    """A value that changes whenever any ABC gains a virtual subclass."""
    return _epoch[0]


class _ClassSet:
    """Classes held weakly (strongly when a class cannot be weakly referenced).

    The handles are also kept by the id of their class, so that asking about a class
    whose metaclass compares classes by identity (type, ABCMeta) makes no weak
    reference."""

    __slots__ = ('_items', '_ids')

    def __init__(self):
        self._items = set()
        self._ids = {}

    def add(self, cls):
        # No callback: a callback holding this set would make a cycle through the weak
        # reference that pyrs's collector does not see. Dead references are dropped here.
        try:
            handle = _ref(cls)
        except TypeError:
            handle = cls
        self._items = {h for h in self._items
                       if not isinstance(h, _ref) or h() is not None}
        self._items.add(handle)
        self._ids = {k: h for k, h in self._ids.items()
                     if not isinstance(h, _ref) or h() is not None}
        self._ids[id(cls)] = handle

    def __contains__(self, cls):
        meta = type(cls)
        if meta is type or meta is ABCMeta:
            handle = self._ids.get(id(cls))
            if handle is None:
                return False
            if type(handle) is _ref:
                return handle() is cls
            return handle is cls
        try:
            return _ref(cls) in self._items
        except TypeError:
            return cls in self._items

    def __iter__(self):
        # A snapshot: checks made while iterating may add members.
        for handle in list(self._items):
            cls = handle() if isinstance(handle, _ref) else handle
            if cls is not None:
                yield cls

    def clear(self):
        self._items.clear()
        self._ids.clear()

    def discard_all(self, other):
        self._items -= other._items
        self._ids = {k: h for k, h in self._ids.items() if h in self._items}


class _Ledger:
    """Per-ABC state: virtual subclasses and the answers already worked out."""

    __slots__ = ('members', 'known', 'direct', 'rejected', 'rejected_epoch', 'collection',
                 'owner')

    def __init__(self, owner, collection=0):
        self.owner = owner              # id() of the ABC whose dict holds this ledger
        self.collection = collection    # sequence/mapping flag given to virtual subclasses
        self.members = _ClassSet()
        self.known = _ClassSet()
        self.direct = _ClassSet()       # the part of `known` found directly in `members`
        self.rejected = _ClassSet()
        self.rejected_epoch = _epoch[0]


_type_getattribute = type.__getattribute__


def _ledger(cls):
    # The class's own ledger: a subclass must not share its base's (one found through
    # the MRO belongs to a base, which has another id while both live).
    try:
        found = _type_getattribute(cls, '_abc_ledger')
        if found.owner == id(cls):
            return found
    except AttributeError:
        pass
    found = _Ledger(id(cls))
    type.__setattr__(cls, '_abc_ledger', found)
    return found


def _still_abstract(cls, namespace_items):
    """Names of abstract methods of `cls`: abstract values among `namespace_items`
    plus inherited abstract names that `cls` does not override concretely."""
    names = {name for name, value in namespace_items
             if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced;
    classes that are not abstract-aware are returned unchanged."""
    if hasattr(cls, '__abstractmethods__'):
        own = [(name, getattr(cls, name, None)) for name in cls.__dict__]
        cls.__abstractmethods__ = _still_abstract(cls, own)
    return cls


# ---- the metaclass -------------------------------------------------------------------------

class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets unrelated
    classes be declared virtual subclasses with register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        flags = cls.__dict__.get('__abc_tpflags__')
        if flags is not None:
            type.__delattr__(cls, '__abc_tpflags__')
        cls.__abstractmethods__ = _still_abstract(cls, namespace.items())
        if flags is None:
            flags = next((_ledger(k).collection for k in cls.__mro__[1:]
                          if isinstance(k, ABCMeta) and _ledger(k).collection), 0)
        else:
            _abc.set_collection_flags(cls, flags, False)
        type.__setattr__(cls, '_abc_ledger', _Ledger(id(cls), flags))
        return cls

    def register(cls, subclass):
        """Declare `subclass` a virtual subclass of this ABC; returns it (so this can
        decorate a class)."""
        _need_class(subclass, 'Can only register classes')
        if not _as_machinery(issubclass, subclass, cls):
            cycle = _as_machinery(issubclass, cls, subclass)
            if cycle:
                raise RuntimeError('Refusing to create an inheritance cycle')
            book = _ledger(cls)
            book.members.add(subclass)
            _epoch[0] += 1
            _abc.set_collection_flags(subclass, book.collection, True)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), counting virtual subclasses."""
        claimed = instance.__class__
        # (_ledger(cls), written out for the usual case: the ledger is there)
        try:
            book = _type_getattribute(cls, '_abc_ledger')
            mine = book.owner == id(cls)
        except AttributeError:
            mine = False
        if not mine:
            book = _ledger(cls)
        if claimed in book.known:
            return True
        actual = type(instance)
        if actual is claimed:
            # A rejection still valid answers without __subclasscheck__, as CPython's.
            if book.rejected_epoch == _epoch[0] and claimed in book.rejected:
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), counting virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        try:
            book = _type_getattribute(cls, '_abc_ledger')
            mine = book.owner == id(cls)
        except AttributeError:
            mine = False
        if not mine:
            book = _ledger(cls)
        if subclass in book.known:
            return True
        if book.rejected_epoch != _epoch[0]:
            book.rejected.clear()
            book.rejected_epoch = _epoch[0]
        elif subclass in book.rejected:
            return False
        verdict = _judge(cls, subclass, book)
        if verdict is None:
            # A class registered directly: cached apart too, as clearing the registry
            # forgets this answer.
            book.direct.add(subclass)
            verdict = True
        (book.known if verdict else book.rejected).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Debug helper: print this ABC's virtual subclasses and cached answers."""
        book = _ledger(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for label, held in (('_abc_registry', book.members),
                            ('_abc_cache', book.known._items - book.direct._items),
                            ('_abc_negative_cache', book.rejected)):
            print(f"{label}: {set(getattr(held, '_items', held))!r}", file=file)
        print(f"_abc_negative_cache_version: {book.rejected_epoch!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget this ABC's virtual subclasses (answers already cached for classes
        reached through them stay)."""
        book = _ledger(cls)
        book.members.clear()
        book.known.discard_all(book.direct)
        book.direct.clear()

    def _abc_caches_clear(cls):
        """Forget the issubclass() answers cached for this ABC."""
        book = _ledger(cls)
        book.known.clear()
        book.direct.clear()
        book.rejected.clear()


def _need_class(candidate, complaint):
    if not isinstance(candidate, type):
        raise TypeError(complaint)


def _judge(cls, subclass, book):
    """The uncached answer to issubclass(subclass, cls); None for a true answer
    that holds because `subclass` itself is registered."""
    said = cls.__subclasshook__(subclass)
    if said is not NotImplemented:
        if said is True or said is False:
            return said
        raise AssertionError('__subclasshook__ must return either False, True, '
                             'or NotImplemented')
    if cls in getattr(subclass, '__mro__', ()):
        return True
    if subclass in book.members:
        return None
    return _as_machinery(_reached_by_walk, cls, subclass, book)


def _reached_by_walk(cls, subclass, book):
    if any(issubclass(subclass, member) for member in book.members):
        return True
    return any(issubclass(subclass, child) for child in type.__subclasses__(cls))


class ABC(metaclass=ABCMeta):
    """Inherit from this to make an abstract base class without naming ABCMeta."""

    __slots__ = ()
