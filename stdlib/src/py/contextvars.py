"""Context variables (CPython's contextvars module, written for pyrs).

pyrs runs one thread, so the current context is a single module-level slot.
Each Context keeps its variables in a plain dict, which copies of the context
share: copying is O(1), and a context that writes to a shared dict first takes
its own copy of it (copy on write).  A dict that has been shared is never
changed again, which gives the snapshot semantics of CPython's immutable
mapping, for copies as well as for views and iterators taken before a write.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MOD = '_contextvars'

# The hot paths below create Context and Token instances with object.__new__ and
# fill their one slot with object.__setattr__ (the classes refuse ordinary
# attribute writes); all later changes go to the mutable list held in that slot.
_new = object.__new__
_setattr = object.__setattr__
_NO_DEFAULT = object()      # also stands for a missing positional argument


def _sealed(cls):
    """Class decorator: no subclasses, and no instance attributes beyond the slots."""
    full = _MOD + '.' + cls.__name__

    def refuse_subclass(sub, **kw):
        raise TypeError("type '%s' is not an acceptable base type" % full)

    cls.__init_subclass__ = classmethod(refuse_subclass)
    return cls


def _no_attr(obj, name, writable_names):
    full = _MOD + '.' + type(obj).__name__
    if name in writable_names:
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (name, full))
    raise AttributeError("'%s' object has no attribute '%s'" % (full, name))


def _unhashable(obj):
    raise TypeError("unhashable type: '%s.%s'" % (_MOD, type(obj).__name__))


def _addr(obj):
    return '0x%x' % id(obj)


def _bad_self(cls, method, obj):
    """The TypeError of a method of cls called through the class on a wrong object."""
    if obj is _NO_DEFAULT:
        return TypeError('unbound method %s.%s() needs an argument' % (cls.__name__, method))
    return TypeError("descriptor '%s' for '%s.%s' objects doesn't apply to a '%s' object"
                     % (method, _MOD, cls.__name__, type(obj).__name__))


def _no_arguments(func, args, kwargs):
    """The TypeError of a function taking no arguments called with some."""
    if kwargs:
        return TypeError('%s() takes no keyword arguments' % func)
    return TypeError('%s() takes no arguments (%d given)' % (func, len(args)))


def _one_argument(method, arg, args, kwargs):
    """The TypeError of ContextVar.set()/reset() called without exactly one argument."""
    if kwargs:
        return TypeError('ContextVar.%s() takes no keyword arguments' % method)
    given = len(args) + (arg is not _NO_DEFAULT)
    return TypeError('ContextVar.%s() takes exactly one argument (%d given)' % (method, given))


@_sealed
class Context:
    __module__ = _MOD
    # _state is [vars, shared, entered]: the dict of the variables, whether that
    # dict may be seen by another context (or a view or iterator), and whether
    # the context is being run.
    __slots__ = ('_state', '__weakref__')

    def __hash__(self):
        _unhashable(self)

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = _new(cls)
        _setattr(self, '_state', [{}, False, False])
        return self

    def __setattr__(self, name, value):
        _no_attr(self, name, ())

    def __delattr__(self, name):
        _no_attr(self, name, ())

    def run(self=_NO_DEFAULT, callable=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'run', self)
        state = self._state
        if callable is _NO_DEFAULT:
            raise TypeError('run() missing 1 required positional argument')
        if state[2]:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        global _current
        outer = _current
        state[2] = True
        _current = self
        try:
            if kwargs:
                return callable(*args, **kwargs)
            if args:
                return callable(*args)
            return callable()
        finally:
            state[2] = False
            _current = outer

    def copy(self=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'copy', self)
        if args or kwargs:
            raise _no_arguments('Context.copy', args, kwargs)
        state = self._state
        state[1] = True
        twin = _new(Context)
        _setattr(twin, '_state', [state[0], True, False])
        return twin

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var

    def __getitem__(self, var):
        self._key(var)
        try:
            return self._state[0][var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        return self._key(var) in self._state[0]

    def get(self=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'get', self)
        if kwargs:
            raise TypeError('Context.get() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            if not args:
                raise TypeError('get expected at least 1 argument, got 0')
            raise TypeError('get expected at most 2 arguments, got %d' % len(args))
        var = self._key(args[0])
        return self._state[0].get(var, args[1] if len(args) == 2 else None)

    def __len__(self):
        return len(self._state[0])

    def _frozen(self):
        # The dict of the variables, which stays as it is from now on: the next
        # write to this context goes to a copy.
        state = self._state
        state[1] = True
        return state[0]

    def __iter__(self):
        return iter(self._frozen())

    def keys(self=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'keys', self)
        if args or kwargs:
            raise _no_arguments('Context.keys', args, kwargs)
        return self._frozen().keys()

    def values(self=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'values', self)
        if args or kwargs:
            raise _no_arguments('Context.values', args, kwargs)
        return self._frozen().values()

    def items(self=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not Context:
            raise _bad_self(Context, 'items', self)
        if args or kwargs:
            raise _no_arguments('Context.items', args, kwargs)
        return self._frozen().items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._state[0] == other._state[0]


# The current context: only Context.run() changes it.
_current = Context()


def copy_context(*args, **kwargs):
    """Return a copy of the current Context."""
    if args or kwargs:
        raise _no_arguments('_contextvars.copy_context', args, kwargs)
    state = _current._state
    state[1] = True
    twin = _new(Context)
    _setattr(twin, '_state', [state[0], True, False])
    return twin


class _MissingType:
    __module__ = 'Token'
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'Token.MISSING' instances")

    def __repr__(self):
        return '<Token.MISSING>'

    def __setattr__(self, name, value):
        raise AttributeError("'Token.MISSING' object has no attribute '%s'" % name)


_MissingType.__name__ = _MissingType.__qualname__ = 'MISSING'
_MISSING = object.__new__(_MissingType)


@_sealed
class ContextVar:
    __module__ = _MOD
    __slots__ = ('_name', '_default')

    def __new__(cls, *args, **kwargs):
        if len(args) != 1:
            if args:
                raise TypeError('ContextVar() takes at most 1 positional argument (%d given)'
                                % len(args))
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        default = _NO_DEFAULT
        for key in kwargs:
            if key != 'default':
                raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % key)
            default = kwargs[key]
        if not isinstance(args[0], str):
            raise TypeError('context variable name must be a str')
        self = _new(cls)
        _setattr(self, '_name', args[0])
        _setattr(self, '_default', default)
        return self

    def __setattr__(self, name, value=None):
        if name == 'name':
            raise AttributeError('readonly attribute')
        _no_attr(self, name, ())

    __delattr__ = __setattr__

    @property
    def name(self):
        return self._name

    # identity hashing, without a Python-level call for every dict look-up
    __hash__ = object.__hash__

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")

    def get(self=_NO_DEFAULT, default=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not ContextVar:
            raise _bad_self(ContextVar, 'get', self)
        if args or kwargs:
            if kwargs:
                raise TypeError('ContextVar.get() takes no keyword arguments')
            raise TypeError('get expected at most 1 argument, got %d' % (len(args) + 1))
        found = _current._state[0].get(self, _NO_DEFAULT)
        if found is not _NO_DEFAULT:
            return found
        if default is not _NO_DEFAULT:
            return default
        default = self._default
        if default is not _NO_DEFAULT:
            return default
        raise LookupError(self)

    def set(self=_NO_DEFAULT, value=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not ContextVar:
            raise _bad_self(ContextVar, 'set', self)
        if value is _NO_DEFAULT or args or kwargs:
            raise _one_argument('set', value, args, kwargs)
        ctx = _current
        state = ctx._state
        mapping = state[0]
        old = mapping.get(self, _MISSING)
        if state[1]:
            mapping = state[0] = mapping.copy()
            state[1] = False
        mapping[self] = value
        token = _new(Token)
        _setattr(token, '_state', [ctx, self, old, False])
        return token

    def reset(self=_NO_DEFAULT, token=_NO_DEFAULT, /, *args, **kwargs):
        if type(self) is not ContextVar:
            raise _bad_self(ContextVar, 'reset', self)
        if token is _NO_DEFAULT or args or kwargs:
            raise _one_argument('reset', token, args, kwargs)
        if type(token) is not Token:
            raise TypeError('expected an instance of Token, got %r' % (token,))
        issued = token._state
        if issued[3]:
            raise RuntimeError('%r has already been used once' % (token,))
        if issued[1] is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if issued[0] is not _current:
            raise ValueError('%r was created in a different Context' % (token,))
        issued[3] = True
        state = _current._state
        mapping = state[0]
        if state[1]:
            mapping = state[0] = mapping.copy()
            state[1] = False
        old = issued[2]
        if old is _MISSING:
            mapping.pop(self, None)
        else:
            mapping[self] = old

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            text += ' default=%r' % (self._default,)
        return text + ' at ' + _addr(self) + '>'


@_sealed
class Token:
    __module__ = _MOD
    # _state is [context, var, old value, used], filled in by ContextVar.set()
    __slots__ = ('_state',)

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __setattr__(self, name, value=None):
        _no_attr(self, name, ('var', 'old_value'))

    __delattr__ = __setattr__

    @property
    def var(self):
        return self._state[1]

    @property
    def old_value(self):
        return self._state[2]

    def __hash__(self):
        _unhashable(self)

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __repr__(self):
        state = self._state
        used = ' used' if state[3] else ''
        return '<Token%s var=%r at %s>' % (used, state[1], _addr(self))


def _alias(cls, item):
    import types
    return types.GenericAlias(cls, item)
