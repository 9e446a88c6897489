"""Mock objects and patching (CPython's unittest.mock module, written for pyrs)."""

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

import builtins
import functools
import io
import pprint
import sys
import types

FILTER_DIR = True
_missing = object()
_removed = object()


# ---------------------------------------------------------------- sentinels

class _Sentinel(object):
    """A unique named object, as made by `sentinel.NAME`."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _SentinelFactory(object):
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._made.setdefault(name, _Sentinel(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _SentinelFactory()
DEFAULT = sentinel.DEFAULT


class _AnyValue(object):
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


# ---------------------------------------------------------------- signatures

def _arg_text(name, args, kwargs):
    shown = [repr(a) for a in args] + ['%s=%r' % item for item in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


class _Params:
    """The parameters of a plain function, able to bind a call as inspect.Signature.bind."""

    def __init__(self, func, skip_first=False):
        code = func.__code__
        count = code.co_argcount
        names = list(code.co_varnames[:count + code.co_kwonlyargcount])
        self.positional = names[:count]
        self.kwonly = names[count:]
        self.posonly = getattr(code, 'co_posonlyargcount', 0)
        flags = code.co_flags
        self.star = bool(flags & 0x04)
        self.starstar = bool(flags & 0x08)
        defaults = func.__defaults__ or ()
        self.defaults = dict(zip(self.positional[count - len(defaults):], defaults))
        self.defaults.update(func.__kwdefaults__ or {})
        if skip_first and self.positional:
            self.positional = self.positional[1:]
            self.posonly = max(0, self.posonly - 1)

    def bind(self, args, kwargs):
        bound = {}
        extra_args = ()
        if len(args) > len(self.positional):
            if not self.star:
                raise TypeError('too many positional arguments')
            extra_args = tuple(args[len(self.positional):])
        for name, value in zip(self.positional, args):
            bound[name] = value
        extra_kw = {}
        for key, value in kwargs.items():
            if key in self.positional[:self.posonly]:
                if not self.starstar:
                    raise TypeError("'%s' parameter is positional only, but was passed "
                                    "as a keyword" % key)
                extra_kw[key] = value
            elif key in self.positional or key in self.kwonly:
                if key in bound:
                    raise TypeError("multiple values for argument '%s'" % key)
                bound[key] = value
            elif self.starstar:
                extra_kw[key] = value
            else:
                raise TypeError("got an unexpected keyword argument '%s'" % key)
        for name in self.positional + self.kwonly:
            if name not in bound and name not in self.defaults:
                if name in self.kwonly:
                    raise TypeError("missing a required argument: '%s'" % name)
                raise TypeError("missing a required argument: '%s'" % name)
        return bound, extra_args, extra_kw


def _params_of(obj, as_instance=False, eat_self=False):
    """_Params for a function, method or class (its __init__), or None."""
    if isinstance(obj, type):
        init = obj.__init__
        if not isinstance(init, types.FunctionType):
            return None
        return _Params(init, skip_first=True)
    if isinstance(obj, (classmethod, staticmethod)):
        obj = obj.__func__
    skip = eat_self
    if isinstance(obj, types.MethodType):
        obj, skip = obj.__func__, True
    if isinstance(obj, types.FunctionType):
        return _Params(obj, skip_first=skip)
    if as_instance or not isinstance(obj, types.BuiltinFunctionType):
        target = getattr(type(obj), '__call__', None)
        if isinstance(target, types.FunctionType):
            return _Params(target, skip_first=True)
    return None


# ---------------------------------------------------------------- call objects

def _unpack_call(value, name=''):
    """Read the short forms of a call tuple into (name, args, kwargs)."""
    args, kwargs = (), {}
    if len(value) == 3:
        return tuple(value)
    if len(value) == 2:
        head, tail = value
        if not isinstance(head, str):
            return name, head, tail
        return (head, tail, {}) if isinstance(tail, tuple) else (head, (), tail)
    if len(value) == 1:
        item = value[0]
        if isinstance(item, str):
            name = item
        elif isinstance(item, tuple):
            args = item
        else:
            kwargs = item
    return name, args, kwargs


_TUPLE_ATTRS = frozenset(vars(tuple))


class _Call(tuple):
    """A recorded call (or a call pattern to compare with): name, args and kwargs."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        name, args, kwargs = _unpack_call(value, name)
        return tuple.__new__(cls, (args, kwargs) if two else (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._call_parent = parent
        self._is_real_call = from_kall

    def _parts(self):
        return ('',) + tuple(self) if len(self) == 2 else tuple(self)

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        if size > 3:
            return False
        mine = self._call_parent
        theirs = getattr(other, '_call_parent', None) if isinstance(other, _Call) else None
        if mine and theirs and mine != theirs:
            return False
        name, args, kwargs = self._parts()
        their_name, their_args, their_kwargs = _unpack_call(tuple(other))
        if name and name != their_name:
            return False
        return (args, kwargs) == (their_args, their_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        label = self._mock_name
        if label is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((label, args, kwargs), name=label + '()', parent=self)

    def __getattr__(self, attr):
        label = self._mock_name
        if label is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=label + '.' + attr, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # Tuple's own methods (count, index, ...) must not hide call attributes.
        if attr not in _TUPLE_ATTRS:
            return tuple.__getattribute__(self, attr)
        raise AttributeError(attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if self._is_real_call:
            name, args, kwargs = self._parts()
        else:
            name, args, kwargs = self._mock_name or '', None, None
        if not name:
            shown = 'call'
        elif name.startswith('()'):
            shown = 'call' + name
        else:
            shown = ('call.' if args is not None else '') + name
        return shown if args is None else _arg_text(shown, args, kwargs)

    def call_list(self):
        """The chain of calls this call was built from, as a list."""
        chain = []
        node = self
        while node is not None:
            if node._is_real_call:
                chain.insert(0, node)
            node = node._call_parent
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if isinstance(value, list):
            width = len(value)
            return any(self[at:at + width] == value for at in range(len(self) - width + 1))
        return super().__contains__(value)

    def __repr__(self):
        return pprint.pformat([*self])


def _is_ancestor(candidate, mock):
    # True when `candidate` is `mock` or one of its parents (adopting it would loop).
    node = mock
    while node is not None:
        if node is candidate:
            return True
        node = node._mock_new_parent
    return False


def _chain_name(segments):
    text = ''
    for seg in segments:
        if seg == '()':
            text += seg
        elif text:
            text += '.' + seg
        else:
            text = seg
    return text


# ---------------------------------------------------------------- the mock classes

_magic_names = set(
    ('__%s__' % n) for n in (
        'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
        'enter exit divmod rdivmod neg pos abs invert complex int float index round trunc '
        'floor ceil bool next fspath aiter aenter aexit anext missing reversed format '
        'dir get set delete reduce reduce_ex getinitargs getnewargs getstate setstate '
        'getformat class_getitem length_hint '
        'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow '
        'radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift rrshift rand rxor ror rpow '
        'iadd isub imul imatmul itruediv ifloordiv imod ilshift irshift iand ixor ior ipow'
    ).split())
_settable_only = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__',
                  '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
                  '__getstate__', '__setstate__', '__getformat__', '__class_getitem__',
                  '__fspath__', '__dir__', '__format__', '__length_hint__'}
_async_magics = {'__aenter__', '__aexit__', '__anext__', '__aiter__'}


def _is_magic(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and \
        name[2:-2].isidentifier()


def _magic_default(mock, name):
    """What a MagicMock's magic method returns when nothing was configured."""
    fixed = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
             '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
             '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
             '__index__': 1, '__aexit__': False, '__round__': 1, '__trunc__': 1,
             '__floor__': 1, '__ceil__': 1}
    if name in fixed:
        return fixed[name]
    if name == '__hash__':
        return lambda: object.__hash__(mock)
    if name == '__str__':
        return lambda: object.__str__(mock)
    if name == '__sizeof__':
        return lambda: object.__sizeof__(mock)
    if name == '__fspath__':
        return lambda: type(mock).__name__ + '/' + mock._extract_mock_name() + '/' + \
            str(id(mock))
    if name == '__iter__':
        return lambda: iter([])
    if name == '__aiter__':
        return lambda: _AsyncIter(iter([]))
    if name == '__eq__':
        return lambda other: True if mock is other else NotImplemented
    if name == '__ne__':
        return lambda other: False if mock is other else NotImplemented
    return DEFAULT


class _AsyncIter:
    def __init__(self, it):
        self._it = it

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self._it)
        except StopIteration:
            raise StopAsyncIteration


def _default_effect(child, name, default):
    # The built-in behaviour applies until a return value is configured.
    def effect(*args, **kwargs):
        configured = child._mock_return_value
        if configured is DEFAULT:
            return default(*args, **kwargs)
        if name == '__iter__':
            return iter(configured)
        return DEFAULT
    return effect


class _MagicSlot:
    """Class-level stand-in for one magic method: looking it up gives the child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)

    def __call__(self, obj, /, *args, **kwargs):
        # Reached when the interpreter calls the class attribute without binding it.
        return obj._mock_magic(self.name)(*args, **kwargs)


def _magic_slot(name):
    return _MagicSlot(name)


class NonCallableMock(object):
    """A mock object that records attribute access and cannot be called."""

    def __new__(cls, /, *args, **kw):
        # Each mock gets a class of its own so magic methods can be set on it.
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        put = object.__setattr__
        put(self, '_mock_parent', parent)
        put(self, '_mock_name', name)
        put(self, '_mock_new_name', _new_name)
        put(self, '_mock_new_parent', _new_parent)
        put(self, '_mock_sealed', False)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        put(self, '_mock_wraps', wraps)
        put(self, '_mock_children', {})
        put(self, '_mock_return_value', DEFAULT)
        put(self, '_mock_side_effect', None)
        put(self, '_mock_unsafe', unsafe)
        put(self, '_mock_delegate', None)
        put(self, '_mock_called', False)
        put(self, '_mock_call_args', None)
        put(self, '_mock_call_count', 0)
        put(self, '_mock_call_args_list', _CallList())
        put(self, '_mock_mock_calls', _CallList())
        put(self, 'method_calls', _CallList())
        put(self, '_spec_class', None)
        put(self, '_spec_params', None)
        put(self, '_mock_methods', None)
        put(self, '_spec_set', None)
        put(self, '_spec_asyncs', [])
        self._apply_spec(spec, spec_set, _spec_as_instance, _eat_self)
        if kwargs:
            self.configure_mock(**kwargs)

    def _apply_spec(self, spec, spec_set, as_instance=False, eat_self=False):
        put = object.__setattr__
        kind = None
        params = None
        names = None
        if spec is not None and not isinstance(spec, list):
            kind = spec if isinstance(spec, type) else type(spec)
            params = _params_of(spec, as_instance, eat_self)
            names = dir(spec)
        elif spec is not None:
            names = list(spec)
        put(self, '_spec_class', kind)
        put(self, '_spec_params', params)
        put(self, '_spec_set', spec_set)
        put(self, '_mock_methods', names)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def attach_mock(self, mock, attribute):
        """Make `mock` the child `attribute`, so its calls show in this mock's records."""
        object.__setattr__(mock, '_mock_parent', None)
        object.__setattr__(mock, '_mock_new_parent', None)
        object.__setattr__(mock, '_mock_name', '')
        object.__setattr__(mock, '_mock_new_name', None)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._apply_spec(spec, spec_set)

    def configure_mock(self, /, **kwargs):
        """Set attributes, including dotted ones like `method.return_value`."""
        for key, value in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            *path, last = key.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all recorded calls, here and in the child mocks."""
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        put = object.__setattr__
        put(self, '_mock_called', False)
        put(self, '_mock_call_args', None)
        put(self, '_mock_call_count', 0)
        put(self, '_mock_mock_calls', _CallList())
        put(self, '_mock_call_args_list', _CallList())
        put(self, 'method_calls', _CallList())
        if return_value:
            put(self, '_mock_return_value', DEFAULT)
        if side_effect:
            put(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not _removed:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        rv = self._mock_return_value
        if isinstance(rv, NonCallableMock) and rv is not self:
            rv.reset_mock(visited)

    # recorded state, readable as plain attributes
    called = property(lambda self: self._mock_called,
                      lambda self, v: object.__setattr__(self, '_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: object.__setattr__(self, '_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: object.__setattr__(self, '_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list,
                              lambda self, v: object.__setattr__(
                                  self, '_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: object.__setattr__(self, '_mock_mock_calls', v))

    @property
    def return_value(self):
        rv = self._mock_return_value
        if rv is DEFAULT:
            rv = self._get_child_mock(_new_parent=self, _new_name='()')
            object.__setattr__(self, '_mock_return_value', rv)
        return rv

    @return_value.setter
    def return_value(self, value):
        object.__setattr__(self, '_mock_return_value', value)
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None \
                and value._mock_parent is None and value._mock_name is None \
                and not _is_ancestor(value, self):
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_new_name', '()')

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException):
            try:
                value = _Feed(value)
            except TypeError:
                pass
        object.__setattr__(self, '_mock_side_effect', value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _magic_names:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (
                name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt'))
                or name in ('called_once', 'called_with', 'called_once_with',
                            'has_calls', 'not_called')):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the '
                                 f'mock if {name!r} is meant to be an attribute.')
        children = self._mock_children
        child = children.get(name)
        if child is _removed:
            raise AttributeError(name)
        if child is None:
            if self._mock_sealed:
                raise AttributeError('mock.%s' % name if not self._mock_name
                                     else '%s.%s' % (self._extract_mock_name(), name))
            wrapped = None
            if self._mock_wraps is not None:
                wrapped = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                         _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in ('return_value', 'side_effect', 'called', 'call_count', 'call_args',
                    'call_args_list', 'mock_calls', '__class__'):
            if name == '__class__':
                object.__setattr__(self, '_spec_class', value)
                return
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name):
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not isinstance(value, NonCallableMock) and callable(value):
                bound_self = self
                original = value
                value = lambda *a, **k: original(bound_self, *a, **k)
            self._mock_children[name] = value
            setattr(type(self), name, _magic_slot(name))
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None \
                and value._mock_new_parent is None and value._mock_name is None \
                and not _is_ancestor(value, self):
            object.__setattr__(value, '_mock_parent', self)
            object.__setattr__(value, '_mock_new_parent', self)
            object.__setattr__(value, '_mock_name', name)
            object.__setattr__(value, '_mock_new_name', name)
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            self._mock_children[name] = value
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            self._mock_children.pop(name, None)
            if name not in self.__dict__:
                return
        known = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif known is _removed:
            raise AttributeError(name)
        self._mock_children[name] = _removed

    def __dir__(self):
        extras = [] if self._mock_methods is None else self._mock_methods
        names = set(dir(type(self))) | set(extras) | set(self.__dict__)
        names |= {k for k, v in self._mock_children.items() if v is not _removed}
        if FILTER_DIR:
            names = {n for n in names if not n.startswith('_') or _is_magic(n)}
        return sorted(names)

    def _extract_mock_name(self):
        segments = []
        node = self
        while node is not None:
            seg = node._mock_new_name
            parent = node._mock_new_parent
            if parent is None:
                segments.append(node._mock_name or 'mock')
                break
            segments.append(seg)
            node = parent
        segments.reverse()
        head = segments[0]
        return head + ''.join(s if s == '()' else '.' + s for s in segments[1:])

    def __repr__(self):
        name = self._extract_mock_name()
        label = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = ' spec_set=%r' if self._spec_set else ' spec=%r'
            spec = spec % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, label, spec, id(self))

    def _get_child_mock(self, /, **kw):
        own = type(self)
        if self._mock_sealed:
            name = kw.get('name') or kw.get('_new_name')
            raise AttributeError('%s.%s' % (self._extract_mock_name(), name))
        if issubclass(own, AsyncMock):
            klass = MagicMock if kw.get('_new_name') in _async_magics else AsyncMock
        elif issubclass(own, _MagicMixin):
            klass = MagicMock
        else:
            klass = Mock
        return klass(**kw)

    # -------------------------------------------------- assertions

    def _label(self):
        return self._mock_name or 'mock'

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_short(self.mock_calls)}.'

    def _match(self, value):
        # With a signature, calls compare by the arguments they bind to.
        params = self._spec_params
        if params is None:
            return value
        if len(value) == 3:
            name, args, kwargs = value
            if name:
                return value
        else:
            name, (args, kwargs) = '', value
        try:
            bound, more, more_kw = params.bind(args, kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)
        return _Call((name, (tuple(sorted(bound.items())), more), more_kw), two=False)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._label())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (
                _arg_text(self._label(), args, kwargs), 'not called.'))
        wanted = self._match(_Call((args, kwargs), two=True))
        got = self._match(self.call_args)
        if wanted != got:
            cause = wanted if isinstance(wanted, Exception) else None
            actual_args, actual_kwargs = self.call_args
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (
                _arg_text(self._label(), args, kwargs),
                _arg_text(self._label(), actual_args, actual_kwargs))) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        wanted = [self._match(c) for c in calls]
        problem = next((w for w in wanted if isinstance(w, Exception)), None)
        seen = _CallList(self._match(c) for c in self.mock_calls)
        if not any_order:
            if problem is not None or wanted not in seen:
                head = ('Calls not found.' if problem is None else
                        'Error processing expected calls.\nErrors: {}'.format(
                            [w if isinstance(w, Exception) else None for w in wanted]))
                raise AssertionError(
                    f'{head}\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from problem
            return
        pool = list(seen)
        missing = []
        for item in wanted:
            try:
                pool.remove(item)
            except ValueError:
                missing.append(item)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(missing), seen)) from problem

    def assert_any_call(self, /, *args, **kwargs):
        wanted = self._match(_Call((args, kwargs), two=True))
        cause = wanted if isinstance(wanted, Exception) else None
        history = [self._match(c) for c in self.call_args_list]
        if cause is not None or not any(wanted == c for c in history):
            raise AssertionError('%s call not found' % _arg_text(self._label(), args, kwargs)
                                 ) from cause


def _short(value):
    try:
        return repr(value)
    except Exception:
        return object.__repr__(value)


class _Feed:
    """The iterator behind an iterable side_effect."""

    def __init__(self, values):
        self._source = values
        self._iter = iter(values)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._iter)


class _CallableMixin:
    """Recording and answering calls."""

    def __call__(self, /, *args, **kwargs):
        self._check_call(args, kwargs)
        self._record(args, kwargs)
        return self._answer(args, kwargs)

    def _check_call(self, args, kwargs):
        params = self._spec_params
        if params is not None:
            params.bind(args, kwargs)

    def _record(self, args, kwargs):
        put = object.__setattr__
        put(self, '_mock_called', True)
        put(self, '_mock_call_count', self._mock_call_count + 1)
        entry = _Call((args, kwargs), two=True)
        put(self, '_mock_call_args', entry)
        self._mock_call_args_list.append(entry)
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        # Walk up through the parents; each records the call under the path to this mock.
        segments = []
        only_attrs = self._mock_parent is not None
        node = self
        while node._mock_new_parent is not None:
            segments.insert(0, node._mock_new_name)
            parent = node._mock_new_parent
            path = _chain_name(segments)
            parent._mock_mock_calls.append(_Call((path, args, kwargs)))
            if only_attrs:
                parent.method_calls.append(_Call((path, args, kwargs)))
                only_attrs = parent._mock_parent is not None
            node = parent

    def _answer(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type)
                                                     and issubclass(effect, BaseException)):
                raise effect
            if isinstance(effect, _Feed):
                value = next(effect)
                if isinstance(value, BaseException) or (isinstance(value, type)
                                                        and issubclass(value, BaseException)):
                    raise value
            else:
                value = effect(*args, **kwargs)
            if value is not DEFAULT:
                return value
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(_CallableMixin, NonCallableMock):
    """A callable mock: attributes and return values are mocks made on demand."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                                 parent=parent, _spec_state=_spec_state, _new_name=_new_name,
                                 _new_parent=_new_parent, **kwargs)
        object.__setattr__(self, '_mock_return_value', return_value)
        self.side_effect = side_effect


class _MagicMixin:
    """Sets up the magic methods so that Python's operators work on the mock."""

    def __init__(self, /, *args, **kw):
        super().__init__(*args, **kw)
        self._install_magics()

    def _install_magics(self):
        own = type(self)
        names = set(_magic_names) - _settable_only
        if self._mock_methods is not None:
            names &= set(self._mock_methods)
            for gone in set(_magic_names) - set(self._mock_methods):
                if gone in own.__dict__:
                    delattr(own, gone)
        for name in names - set(own.__dict__):
            setattr(own, name, _magic_slot(name))

    def _mock_magic(self, name):
        child = self._mock_children.get(name)
        if child is None:
            child = self._get_child_mock(name=name, parent=self, _new_name=name,
                                         _new_parent=self)
            default = _magic_default(self, name)
            if default is not DEFAULT:
                if callable(default) and not isinstance(default, bool):
                    child.side_effect = _default_effect(child, name, default)
                else:
                    object.__setattr__(child, '_mock_return_value', default)
            self._mock_children[name] = child
        return child

    def mock_add_spec(self, spec, spec_set=False):
        self._apply_spec(spec, spec_set)
        self._install_magics()


class NonCallableMagicMock(_MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(_MagicMixin, Mock):
    """A Mock with the magic methods (len, iter, with, ...) preconfigured."""


def _wrap_magic_lookup():
    # A plain function set as a magic method (m.__str__ = f) is kept in _mock_children.
    original = _MagicMixin._mock_magic

    def lookup(self, name):
        value = self._mock_children.get(name)
        if value is not None and not isinstance(value, NonCallableMock):
            return value
        return original(self, name)
    _MagicMixin._mock_magic = lookup
    NonCallableMock._mock_magic = lookup


_wrap_magic_lookup()


class AsyncMock(_MagicMixin, Mock):
    """A mock whose calls return awaitables; awaiting gives the return value."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        object.__setattr__(self, 'await_count', 0)
        object.__setattr__(self, 'await_args', None)
        object.__setattr__(self, 'await_args_list', _CallList())

    def __call__(self, /, *args, **kwargs):
        self._check_call(args, kwargs)
        self._record(args, kwargs)
        return self._awaited(args, kwargs)

    async def _awaited(self, args, kwargs):
        object.__setattr__(self, 'await_count', self.await_count + 1)
        entry = _Call((args, kwargs), two=True)
        object.__setattr__(self, 'await_args', entry)
        self.await_args_list.append(entry)
        effect = self._mock_side_effect
        if effect is not None and not isinstance(effect, (BaseException, _Feed)) and \
                not (isinstance(effect, type) and issubclass(effect, BaseException)):
            value = effect(*args, **kwargs)
            if hasattr(value, '__await__'):
                value = await value
            if value is not DEFAULT:
                return value
            return self.return_value
        return self._answer(args, kwargs)

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._label()} to have been awaited.")

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._label()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._label()} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited'
                                 % _arg_text(self._label(), args, kwargs))
        if self._match(_Call((args, kwargs), two=True)) != self._match(self.await_args):
            got_args, got_kwargs = self.await_args
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s' % (
                _arg_text(self._label(), args, kwargs),
                _arg_text(self._label(), got_args, got_kwargs)))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._label()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")
        self.assert_awaited_with(*args, **kwargs)


class PropertyMock(Mock):
    """A mock meant to be set on a class as a property: get calls it, set calls it with
    the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and its children from making new attributes."""
    object.__setattr__(mock, '_mock_sealed', True)
    for child in list(mock._mock_children.values()):
        if isinstance(child, NonCallableMock) and child._mock_new_parent is mock:
            seal(child)
    rv = mock._mock_return_value
    if isinstance(rv, NonCallableMock) and rv is not mock:
        seal(rv)


# ---------------------------------------------------------------- create_autospec

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like `spec`: same attributes, calls checked against its signatures."""
    is_class = isinstance(spec, type)
    if isinstance(spec, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        made = MagicMock(spec=spec, name=_name, **kwargs)
        object.__setattr__(made, '_mock_methods', None)
        return made
    klass = NonCallableMagicMock if (instance or not callable(spec)) and not is_class \
        else MagicMock
    if is_class and instance:
        klass = NonCallableMagicMock if not callable(getattr(spec, '__call__', None)) or \
            '__call__' not in dir(spec) else MagicMock
    options = {'spec_set': spec} if spec_set else {'spec': spec}
    options.update(kwargs)
    made = klass(name=_name, unsafe=unsafe, **options)
    if is_class and not instance:
        object.__setattr__(made, '_mock_return_value',
                           create_autospec(spec, spec_set, instance=True, _name='()'))
        made.return_value._mock_new_parent = None
        object.__setattr__(made.return_value, '_mock_new_parent', made)
        object.__setattr__(made.return_value, '_mock_new_name', '()')
    for attr in dir(spec):
        if _is_magic(attr):
            continue
        try:
            original = getattr(spec, attr)
        except AttributeError:
            continue
        raw = spec.__dict__.get(attr) if is_class else None
        if isinstance(original, (types.FunctionType, types.MethodType)):
            eat = is_class and isinstance(raw, types.FunctionType) and instance
            child = MagicMock(name=attr, _new_name=attr, _new_parent=made, parent=made)
            params = _params_of(original, eat_self=eat and not isinstance(original,
                                                                          types.MethodType))
            object.__setattr__(child, '_spec_params', params)
            object.__setattr__(child, '_mock_methods', None)
            made._mock_children[attr] = child
    return made


# ---------------------------------------------------------------- patching

def _import_dotted(path):
    parts = path.split('.')
    found = __import__(parts[0])
    done = parts[0]
    for part in parts[1:]:
        done += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(done)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _import_dotted(where)), attribute


_active_patches = []

_ALWAYS_PRESENT = frozenset(['__annotations__', '__defaults__', '__doc__',
                             '__kwdefaults__', '__module__'])


def _start_patch(self):
    """Apply the patch now and remember it for patch.stopall()."""
    outcome = self.__enter__()
    _active_patches.append(self)
    return outcome


def _stop_patch(self):
    """Undo a patch applied by start() (does nothing if it is not active)."""
    if self not in _active_patches:
        return None
    _active_patches.remove(self)
    return self.__exit__(None, None, None)


class _Patcher(object):
    """One patch: a decorator, a context manager, or started and stopped by hand."""

    _kwarg_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        clash = None
        if new_callable is None:
            pass
        elif new is not DEFAULT:
            clash = 'new'
        elif autospec is not None:
            clash = 'autospec'
        if clash:
            raise ValueError("Cannot use '%s' and 'new_callable' together" % clash)
        self._locate = getter
        self._companions = []
        vars(self).update(attribute=attribute, new=new, new_callable=new_callable,
                          spec=spec, spec_set=spec_set, create=create, autospec=autospec,
                          kwargs=kwargs, unsafe=unsafe)

    def copy(self):
        twin = _Patcher(self._locate, self.attribute, self.new, self.spec, self.create,
                        self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin._kwarg_name = self._kwarg_name
        twin._companions = [p.copy() for p in self._companions]
        return twin

    def __call__(self, func):
        wrap = self.decorate_class if isinstance(func, type) else self.decorate_callable
        return wrap(func)

    def decorate_class(self, klass):
        from . import TestCase  # noqa: F401  (only the prefix matters)
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not callable(value):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        stacked = getattr(func, 'patchings', None)
        if stacked is not None:
            # Already wrapped by another patch decorator: join its list.
            stacked.append(self)
            return func
        if hasattr(func, '__code__') and func.__code__.co_flags & 0x80:
            @functools.wraps(func)
            async def run_async(*args, **keywargs):
                extra, entered = _enter_all(run_async.patchings)
                try:
                    return await func(*args, *extra[0], **keywargs, **extra[1])
                finally:
                    _leave_all(entered)
            run_async.patchings = [self]
            return run_async

        @functools.wraps(func)
        def run(*args, **keywargs):
            extra, entered = _enter_all(run.patchings)
            failure = None
            try:
                return func(*args, *extra[0], **keywargs, **extra[1])
            except BaseException:
                failure = sys.exc_info()
                raise
            finally:
                _leave_all(entered, failure)
        run.patchings = [self]
        return run

    def _current_value(self):
        target = self.target
        own = getattr(target, '__dict__', None)
        local = own is not None and self.attribute in own
        if local:
            value = own[self.attribute]
        else:
            value = getattr(target, self.attribute, DEFAULT)
        if self.attribute in ('__builtins__',) or (not self.create and value is DEFAULT):
            if not (self.create or isinstance(target, types.ModuleType)
                    and target.__name__ == 'builtins' and False):
                raise AttributeError('%s does not have the attribute %r'
                                     % (target, self.attribute))
        return value, local

    def __enter__(self):
        target = self.target = self._locate()
        new = self.new
        original, local = self._current_value()
        if new is DEFAULT and self.autospec is None:
            maker = self.new_callable
            spec = self.spec
            spec_set = self.spec_set
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            options = dict(self.kwargs)
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            if maker is None:
                shape = spec if spec is not None else spec_set
                if shape is not None and isinstance(shape, type) is False and \
                        not callable(shape):
                    maker = NonCallableMagicMock
                elif shape is not None and hasattr(shape, '__code__') and \
                        shape.__code__.co_flags & 0x80:
                    maker = AsyncMock
                elif original is not DEFAULT and hasattr(original, '__code__') and \
                        original.__code__.co_flags & 0x80 and shape is None:
                    maker = AsyncMock
                else:
                    maker = MagicMock
            new = maker(**options)
        elif self.autospec is not None:
            shape = original if self.autospec is True else self.autospec
            new = create_autospec(shape, spec_set=bool(self.spec_set),
                                  _name=self.attribute, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self._saved_value, self._was_own_attr = original, local
        self._companions_entered = []
        setattr(target, self.attribute, new)
        if self._kwarg_name is None:
            return new
        # patch.multiple: hand back a dict of the mocks that were made.
        made_mocks = {self._kwarg_name: new} if self.new is DEFAULT else {}
        for companion in self._companions:
            produced = companion.__enter__()
            self._companions_entered.append(companion)
            if companion.new is DEFAULT:
                made_mocks.update(produced)
        return made_mocks

    def __exit__(self, *exc_info):
        where, name, old = self.target, self.attribute, self._saved_value
        if old is DEFAULT or not self._was_own_attr:
            delattr(where, name)
            # Some attributes always exist and must get their old value back.
            must_restore = name in _ALWAYS_PRESENT or not hasattr(where, name)
            if must_restore and not self.create:
                setattr(where, name, old)
        else:
            setattr(where, name, old)
        for other in reversed(self._companions_entered):
            other.__exit__(*exc_info)
        del self._saved_value, self._was_own_attr, self.target
        self._companions_entered = []
        return False

    start = _start_patch
    stop = _stop_patch


def _enter_all(patchers):
    args, kwargs = [], {}
    entered = []
    try:
        for patcher in patchers:
            made = patcher.__enter__()
            entered.append(patcher)
            if patcher._kwarg_name is not None:
                kwargs.update(made)
            elif patcher.new is DEFAULT:
                args.append(made)
    except BaseException:
        _leave_all(entered, sys.exc_info())
        raise
    return (args, kwargs), entered


def _leave_all(entered, failure=None):
    info = failure or (None, None, None)
    for patcher in reversed(entered):
        patcher.__exit__(*info)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by `target` ('package.module.attr') for the duration of
    a decorated function, a with block, or between start() and stop()."""
    getter, attribute = _split_target(target)
    return _Patcher(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                    kwargs, unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _Patcher(lambda: target, attribute, new, spec, create, spec_set, autospec,
                    new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _import_dotted(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    pairs = list(kwargs.items())
    attribute, new = pairs[0]
    first = _Patcher(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                     {})
    first._kwarg_name = attribute
    for attribute, new in pairs[1:]:
        other = _Patcher(getter, attribute, new, spec, create, spec_set, autospec,
                         new_callable, {})
        other._kwarg_name = attribute
        first._companions.append(other)
    return first


def _stop_all():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


class _patch_dict(object):
    """Set keys of a dictionary for a while, then restore its previous contents."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = {**dict(values), **kwargs}
        self.clear = clear
        self._snapshot = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(f, name)
                    if callable(value):
                        twin = _patch_dict(self.in_dict, self.values, self.clear)
                        setattr(f, name, twin(value))
            return f

        @functools.wraps(f)
        def run(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return run

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        target = self.in_dict
        if isinstance(target, str):
            target = self.in_dict = _import_dotted(target)
        try:
            self._snapshot = target.copy()
        except AttributeError:
            self._snapshot = {key: target[key] for key in target}
        if self.clear:
            _wipe(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]

    def _unpatch_dict(self):
        target = self.in_dict
        _wipe(target)
        try:
            target.update(self._snapshot)
        except AttributeError:
            for key in self._snapshot:
                target[key] = self._snapshot[key]

    def __exit__(self, *args):
        if self._snapshot is None:
            return False
        self._unpatch_dict()
        return False

    start = _start_patch
    stop = _stop_patch


def _wipe(target):
    try:
        target.clear()
    except AttributeError:
        for key in list(target):
            del target[key]


vars(patch).update(object=_patch_object, dict=_patch_dict, multiple=_patch_multiple,
                   stopall=_stop_all, TEST_PREFIX='test')


# ---------------------------------------------------------------- mock_open

def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle reads `read_data`."""
    state = {'data': read_data}
    source = [None]

    def fresh():
        data = state['data']
        if isinstance(data, bytes):
            source[0] = io.BytesIO(data)
        else:
            source[0] = io.StringIO(data)

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.configure_mock(**{'__enter__.return_value': handle, 'write.return_value': None})
    handle.read.side_effect = lambda *args, **kw: source[0].read(*args, **kw)
    handle.readline.side_effect = lambda *args, **kw: source[0].readline(*args, **kw)
    handle.readlines.side_effect = lambda *args, **kw: source[0].readlines(*args, **kw)
    handle.__iter__.side_effect = lambda: iter(source[0].readlines())
    handle.__next__.side_effect = lambda: next(source[0])

    def opened(*args, **kwargs):
        fresh()
        if handle.readline.side_effect is not None:
            pass
        return DEFAULT

    fresh()
    mock.configure_mock(side_effect=opened, return_value=handle)
    return mock


_file_names = None


def _file_spec():
    global _file_names
    if _file_names is None:
        _file_names = sorted(set(dir(io.TextIOWrapper)).union(dir(io.BytesIO)))
    return _file_names
