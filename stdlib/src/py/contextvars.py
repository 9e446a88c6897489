"""Context variables (CPython's contextvars module, written for pyrs).

pyrs runs one thread, so the current context is a single module-level slot.
Each Context keeps its variables in a plain dict; copying a context copies
the dict, which gives the snapshot semantics of CPython's immutable mapping.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MOD = '_contextvars'


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


@_sealed
class Context:
    __module__ = _MOD
    __slots__ = ('_vars', '_entered')

    def __hash__(self):
        _unhashable(self)

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        object.__setattr__(self, '_vars', {})
        object.__setattr__(self, '_entered', False)
        return self

    def __setattr__(self, name, value):
        _no_attr(self, name, ())

    def __delattr__(self, name):
        _no_attr(self, name, ())

    def run(*args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        self = args[0]
        if not isinstance(self, Context):
            raise TypeError("descriptor 'run' for '_contextvars.Context' objects "
                            "doesn't apply to a '%s' object" % type(self).__name__)
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        global _current
        outer = _current
        object.__setattr__(self, '_entered', True)
        _current = self
        try:
            return args[1](*args[2:], **kwargs)
        finally:
            _current = outer
            object.__setattr__(self, '_entered', False)

    def copy(self):
        twin = Context()
        object.__setattr__(twin, '_vars', dict(self._vars))
        return twin

    def _key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var

    def __getitem__(self, var):
        self._key(var)
        try:
            return self._vars[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        return self._key(var) in self._vars

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Context.get() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            if not args:
                raise TypeError('get expected at least 1 argument, got 0')
            raise TypeError('get expected at most 2 arguments, got %d' % len(args))
        var = self._key(args[0])
        return self._vars.get(var, args[1] if len(args) == 2 else None)

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


_current = Context()


def copy_context(*args):
    """Return a copy of the current Context."""
    if args:
        raise TypeError('_contextvars.copy_context() takes no arguments (%d given)' % len(args))
    return _current.copy()


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
_NO_DEFAULT = object()


@_sealed
class ContextVar:
    __module__ = _MOD
    __slots__ = ('_name', '_default', '__weakref__')

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
        self = object.__new__(cls)
        object.__setattr__(self, '_name', args[0])
        object.__setattr__(self, '_default', default)
        return self

    def __setattr__(self, name, value=None):
        if name == 'name':
            raise AttributeError('readonly attribute')
        _no_attr(self, name, ())

    __delattr__ = __setattr__

    @property
    def name(self):
        return self._name

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        found = _current._vars.get(self, _NO_DEFAULT)
        if found is not _NO_DEFAULT:
            return found
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError('ContextVar.set() takes exactly one argument (%d given)' % len(args))
        ctx = _current
        token = Token._issue(ctx, self, ctx._vars.get(self, _MISSING))
        ctx._vars[self] = args[0]
        return token

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        object.__setattr__(token, '_used', True)
        if token._old is _MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            text += ' default=%r' % (self._default,)
        return text + ' at ' + _addr(self) + '>'


_TOKEN_KEY = object()


@_sealed
class Token:
    __module__ = _MOD
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        if args[:1] != (_TOKEN_KEY,):
            raise RuntimeError('Tokens can only be created by ContextVars')
        return object.__new__(cls)

    @classmethod
    def _issue(cls, ctx, var, old):
        token = cls(_TOKEN_KEY)
        for slot, value in (('_ctx', ctx), ('_var', var), ('_old', old), ('_used', False)):
            object.__setattr__(token, slot, value)
        return token

    def __setattr__(self, name, value=None):
        _no_attr(self, name, ('var', 'old_value'))

    __delattr__ = __setattr__

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __hash__(self):
        _unhashable(self)

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __repr__(self):
        state = ' used' if self._used else ''
        return '<Token%s var=%r at %s>' % (state, self._var, _addr(self))


def _alias(cls, item):
    import types
    return types.GenericAlias(cls, item)
