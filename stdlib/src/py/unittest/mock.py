"""Mock objects and patching helpers for tests (pyrs implementation)."""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import inspect
import io
import pkgutil
import pprint
import sys
import types
from functools import wraps as _keep_metadata

FILTER_DIR = True


# ---------------------------------------------------------------- sentinels

class _Token:
    """A unique named marker; identity is what matters."""

    def __init__(self, label):
        self.name = label

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return (getattr, (sentinel, self.name))


class _TokenBox:
    """Hands out one _Token per attribute name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, label):
        # Probed: CPython's sentinel answers __bases__ (asked for by
        # introspection tools) with an empty AttributeError, any other name
        # with a token.
        if label == '__bases__':
            raise AttributeError()
        token = self._made.get(label)
        if token is None:
            token = self._made[label] = _Token(label)
        return token

    def __reduce__(self):
        return 'sentinel'


sentinel = _TokenBox()
DEFAULT = sentinel.DEFAULT
_GONE = sentinel.MOCK_DELETED_MARK
_ABSENT = object()


class _Wildcard:
    """Equal to anything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _Wildcard()


# ------------------------------------------------------------- call values


def _arg_text(args, kwargs):
    pieces = [repr(a) for a in args]
    pieces.extend('%s=%r' % pair for pair in kwargs.items())
    return ', '.join(pieces)


def _show(label, args, kwargs):
    return '%s(%s)' % (label, _arg_text(args, kwargs))


def _as_triple(other):
    """Read (path, args, kwargs, origin) out of something compared with a call."""
    if isinstance(other, _Invocation):
        got = other._a if other._a is not None else ()
        return other._path or '', got, other._k or {}, other._origin
    try:
        size = len(other)
    except TypeError:
        return None
    if size > 3:
        return None
    other = tuple(other)
    if size == 0:
        return '', (), {}, None
    if size == 3:
        return other[0], other[1], other[2], None
    if size == 1:
        only = other[0]
        if isinstance(only, str):
            return only, (), {}, None
        if isinstance(only, tuple):
            return '', only, {}, None
        return '', (), only, None
    if size == 2:
        head, tail = other
        if isinstance(head, str):
            if isinstance(tail, tuple):
                return head, tail, {}, None
            return head, (), tail, None
        return '', head, tail, None
    return None


_CALL_FIELDS = frozenset(('_path', '_a', '_k', '_width', '_origin'))


class _Invocation:
    """One recorded or expected call: path, positional and keyword arguments."""

    def __init__(self, path='', args=None, kwargs=None, width=3, origin=None):
        self._path = path
        self._a = args
        self._k = kwargs
        self._width = width
        self._origin = origin

    @property
    def args(self):
        return self._a if self._a is not None else ()

    @property
    def kwargs(self):
        return self._k if self._k is not None else {}

    def _view(self):
        if self._width == 2:
            return (self.args, self.kwargs)
        return (self._path or '', self.args, self.kwargs)

    def __len__(self):
        return self._width

    def __getitem__(self, index):
        return self._view()[index]

    def __iter__(self):
        return iter(self._view())

    def __call__(self, *args, **kwargs):
        if self._a is None:
            return _Invocation(self._path or '', args, kwargs, 3, self._origin)
        return _Invocation((self._path or '') + '()', args, kwargs, 3, self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in _CALL_FIELDS:
            raise AttributeError(attr)
        if self._path is None:
            return _Invocation(attr)
        if self._a is None:
            base = self._path
            return _Invocation(base + '.' + attr if base else attr, None, None,
                               3, self._origin)
        return _Invocation((self._path or '') + '().' + attr, None, None, 3, self)

    def __eq__(self, other):
        theirs = _as_triple(other)
        if theirs is None:
            return NotImplemented
        path, args, kwargs, origin = theirs
        mine = self._path or ''
        if mine and path != mine:
            return False
        if origin is not None and self._origin is not None:
            if self._origin != origin:
                return False
        return (args, kwargs) == (self.args, self.kwargs)

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def __repr__(self):
        path = self._path
        if self._a is None:
            return path or 'call'
        if not path:
            head = 'call'
        elif path.startswith('('):
            head = 'call' + path
        else:
            head = 'call.' + path
        return _show(head, self._a, self._k or {})

    def call_list(self):
        chain = []
        link = self if self._a is not None else self._origin
        while link is not None:
            chain.append(link)
            link = link._origin
        chain.reverse()
        return _CallRecord(chain)


call = _Invocation()


def _holds_run(seq, run):
    """True when run occurs in seq as a contiguous slice."""
    width = len(run)
    return any(seq[at:at + width] == run for at in range(len(seq) - width + 1))


class _CallRecord(list):
    """A list of calls that pretty-prints and finds contiguous sub-lists."""

    def __contains__(self, wanted):
        if isinstance(wanted, list):
            return _holds_run(self, wanted)
        return list.__contains__(self, wanted)

    def __repr__(self):
        return pprint.pformat(list(self))


# ---------------------------------------------------------------- magic data

def _dunders(words):
    return frozenset('__%s__' % word for word in words.split())


# What MagicMock installs up front (probed: the dunders on a fresh
# MagicMock's class).
_PRESET_MAGIC = _dunders(
    'abs add aenter aexit aiter and anext bool ceil complex contains delitem '
    'divmod enter eq exit float floor floordiv fspath ge getitem gt hash iadd '
    'iand ifloordiv ilshift imatmul imod imul index int invert ior ipow '
    'irshift isub iter itruediv ixor le len lshift lt matmul mod mul ne neg '
    'next or pos pow radd rand rdivmod rfloordiv rlshift rmatmul rmod rmul '
    'ror round rpow rrshift rshift rsub rtruediv rxor setitem sizeof str sub '
    'truediv trunc xor')
# Dunders that go onto the mock's class when assigned (probed).
_SETTABLE_MAGIC = _PRESET_MAGIC | _dunders(
    'delete dir format get getformat getinitargs getnewargs getstate missing '
    'reduce reduce_ex repr reversed set setstate subclasses')
# Dunders whose assignment is refused (probed).
_REFUSED_MAGIC = _dunders(
    'del getattr init instancecheck new prepare setattr subclasscheck weakref')
_ASYNC_MAGIC = _dunders('aenter aexit anext')

# Fixed answers of unconfigured magic kids.
_CANNED = {
    '__aexit__': False, '__bool__': True, '__complex__': 1j,
    '__contains__': False, '__exit__': False, '__float__': 1.0,
    '__ge__': NotImplemented, '__gt__': NotImplemented, '__index__': 1,
    '__int__': 1, '__le__': NotImplemented, '__len__': 0,
    '__lt__': NotImplemented,
}


class _AsyncFeed:
    """Async iterator over an ordinary iterable."""

    def __init__(self, items):
        self._items = iter(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        for item in self._items:
            return item
        raise StopAsyncIteration


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _prime_magic_kid(owner, dunder, kid):
    """Give a fresh magic kid the answer CPython's defaults give (probed)."""
    led = _led(kid)
    if dunder in _CANNED:
        led.rv = _CANNED[dunder]
    elif dunder in ('__hash__', '__sizeof__', '__str__'):
        led.rv = getattr(object, dunder)(owner)
    elif dunder == '__fspath__':
        led.rv = '%s/%s/%s' % (type(owner).__name__, _full_name(owner), id(owner))
    elif dunder in ('__eq__', '__ne__', '__iter__', '__aiter__'):
        # These answer through a side effect; once a return value exists
        # (even one merely read), it takes over.
        kid.side_effect = _reactive_default(owner, dunder, led)


def _reactive_default(owner, dunder, led):
    if dunder == '__iter__':
        def __iter__():
            return iter([] if led.rv is DEFAULT else led.rv)
        return __iter__
    if dunder == '__aiter__':
        def __aiter__():
            return _AsyncFeed([] if led.rv is DEFAULT else led.rv)
        return __aiter__
    verdict = dunder == '__eq__'

    def compare(other):
        if led.rv is not DEFAULT:
            return DEFAULT
        return verdict if other is owner else NotImplemented
    compare.__name__ = compare.__qualname__ = dunder
    return compare


class _MagicPort:
    """Class-level stand-in for a dunder: yields the mock's kid for it."""

    def __init__(self, dunder):
        self.dunder = dunder

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return _magic_kid(obj, self.dunder)

    def __call__(self, obj, /, *args, **kwargs):
        # Reached when a caller looks the dunder up on the type and passes obj.
        return _magic_kid(obj, self.dunder)(*args, **kwargs)


_PORTS = {name: _MagicPort(name) for name in _SETTABLE_MAGIC}


def _sync_ports(mock):
    """Make the class's preset ports match what the spec allows."""
    klass = type(mock)
    names = _led(mock).names
    for dunder in _PRESET_MAGIC:
        wanted = names is None or dunder in names
        if wanted == (dunder in klass.__dict__):
            continue
        if wanted:
            setattr(klass, dunder, _PORTS[dunder])
        else:
            delattr(klass, dunder)


_TYPO_NAMES = frozenset(('any_call', 'called_once', 'called_once_with',
                         'called_with', 'has_calls', 'not_called'))
_TYPO_PREFIXES = ('aseert', 'asert', 'assert', 'assret', 'assrt')


# ------------------------------------------------------- side-effect plans

def _raises(effect):
    return isinstance(effect, BaseException) or (
        isinstance(effect, type) and issubclass(effect, BaseException))


class _Raise:
    """Plan: every call raises the configured exception."""

    def __init__(self, error):
        self.error = error

    def produce(self, args, kwargs):
        raise self.error

    async def produce_async(self, args, kwargs):
        raise self.error


class _Feed:
    """Plan: each call takes the next item (exceptions are raised)."""

    def __init__(self, items):
        self.items = items

    def _take(self, item):
        if _raises(item):
            raise item
        return item

    def produce(self, args, kwargs):
        return self._take(next(self.items))

    async def produce_async(self, args, kwargs):
        for item in self.items:
            return self._take(item)
        raise StopAsyncIteration


class _Delegate:
    """Plan: calls are forwarded to a function (awaited if it is async)."""

    def __init__(self, func):
        self.func = func

    def produce(self, args, kwargs):
        return self.func(*args, **kwargs)

    async def produce_async(self, args, kwargs):
        got = self.func(*args, **kwargs)
        if inspect.iscoroutinefunction(self.func):
            got = await got
        return got


class _Fixed:
    """Plan: the configured return value."""

    def __init__(self, value):
        self.value = value

    def produce(self, args, kwargs):
        return self.value

    async def produce_async(self, args, kwargs):
        return self.value


class _OwnChild:
    """Plan: the mock's (lazily made) return-value child."""

    def __init__(self, mock):
        self.mock = mock

    def produce(self, args, kwargs):
        return self.mock.return_value

    async def produce_async(self, args, kwargs):
        return self.mock.return_value


def _plan_for(effect):
    if effect is None:
        return None
    if _raises(effect):
        return _Raise(effect)
    if callable(effect):
        return _Delegate(effect)
    return _Feed(effect)


# ------------------------------------------------------------------ ledger

class _Ledger:
    """Everything a mock knows about itself."""

    __slots__ = ('up', 'seg', 'label', 'by_attr', 'kids', 'rv', 'effect', 'plan',
                 'wrapped', 'names', 'spec_type', 'strict', 'match_sig',
                 'enforce_sig', 'spec_src', 'auto', 'count', 'last', 'history',
                 'trail', 'mtrail', 'sealed', 'unsafe',
                 'awaits', 'await_last', 'await_history')

    def __init__(self):
        self.up = None
        self.seg = ''
        self.label = None
        self.by_attr = True
        self.kids = {}
        self.rv = DEFAULT
        self.effect = None
        self.plan = None
        self.wrapped = None
        self.names = None
        self.spec_type = None
        self.strict = False
        self.match_sig = None
        self.enforce_sig = None
        self.spec_src = None
        self.auto = False
        self.sealed = False
        self.unsafe = False
        self.clear_stats()

    def clear_stats(self):
        self.count = 0
        self.last = None
        self.history = _CallRecord()
        self.trail = _CallRecord()
        self.mtrail = _CallRecord()
        self.awaits = 0
        self.await_last = None
        self.await_history = _CallRecord()

    def set_effect(self, value):
        if value is not None and not _raises(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.effect = value
        self.plan = _plan_for(value)

    def standing_plan(self, mock):
        """What a call answers when no side effect decides."""
        if self.rv is not DEFAULT:
            return _Fixed(self.rv)
        if self.wrapped is not None:
            return _Delegate(self.wrapped)
        return _OwnChild(mock)

    def admit(self, mock, args, kwargs):
        """Check a call against the enforced signature, then log it."""
        if self.enforce_sig is not None:
            self.enforce_sig.bind(*args, **kwargs)
        _note_call(mock, args, kwargs)

    def link_under(self, parent, seg, by_attr):
        self.up = parent
        self.seg = seg
        self.by_attr = by_attr


def _led(mock):
    return mock.__dict__['_ledger']


def _is_mock(obj):
    return isinstance(obj, NonCallableMock) or isinstance(obj, _SignedFunc)


def _core(obj):
    """The NonCallableMock behind obj (unwrapping autospecced functions)."""
    if isinstance(obj, _SignedFunc):
        return obj.mock
    return obj


def _lineage(mock):
    """mock, its parent, grandparent... each once."""
    seen = set()
    node = mock
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        yield node
        node = _led(node).up


def _full_name(mock):
    chain = list(_lineage(mock))
    top = _led(chain[-1])
    text = top.label if top.label is not None else 'mock'
    for node in reversed(chain[:-1]):
        seg = _led(node).seg
        text += seg if seg.startswith('(') else '.' + seg
    return text


def _short_name(mock):
    led = _led(mock)
    if led.up is None:
        return led.label if led.label is not None else 'mock'
    return led.seg if led.by_attr else 'mock'


def _join(seg, rest):
    if not rest:
        return seg
    if rest.startswith('('):
        return seg + rest
    return seg + '.' + rest


def _note_call(mock, args, kwargs):
    led = _led(mock)
    led.count += 1
    led.last = _Invocation(None, args, kwargs, 2)
    led.history.append(led.last)
    led.trail.append(_Invocation('', args, kwargs))
    path = ''
    methodish = not _is_dunder(led.seg)
    node, nled = mock, led
    seen = {id(mock)}
    while nled.up is not None:
        path = _join(nled.seg, path)
        methodish = methodish and nled.by_attr
        node = nled.up
        if id(node) in seen:
            break
        seen.add(id(node))
        nled = _led(node)
        nled.trail.append(_Invocation(path, args, kwargs))
        if methodish:
            nled.mtrail.append(_Invocation(path, args, kwargs))


def _orphan(value):
    """The mock behind value if it has neither a parent nor a name of its own."""
    if not _is_mock(value):
        return None
    inner = _core(value)
    led = _led(inner)
    return inner if led.up is None and led.label is None else None


def _take_in(parent, value, seg, by_attr):
    """Hang value under parent when it is an orphan mock that is not one of
    parent's ancestors; tell whether that happened."""
    kid = _orphan(value)
    if kid is None or any(node is kid for node in _lineage(parent)):
        return False
    _led(kid).link_under(parent, seg, by_attr)
    return True


def _kid_class(mock):
    for klass in type(mock).__mro__[1:]:
        if klass in (NonCallableMagicMock, PropertyMock):
            return MagicMock
        if klass is NonCallableMock:
            return Mock
        if issubclass(klass, NonCallableMock):
            return klass
    return Mock


def _spawn(parent, seg, by_attr, klass=None, **extra):
    kid = (klass or _kid_class(parent))(**extra)
    kled = _led(kid)
    kled.link_under(parent, seg, by_attr)
    kled.sealed = _led(parent).sealed
    return kid


def _magic_kid(mock, dunder):
    led = _led(mock)
    kid = led.kids.get(dunder)
    if kid is _GONE:
        raise AttributeError(dunder)
    if kid is None:
        if led.sealed:
            raise AttributeError('%s.%s' % (_full_name(mock), dunder))
        kid = _spawn(mock, dunder, True,
                     AsyncMock if dunder in _ASYNC_MAGIC else MagicMock)
        _prime_magic_kid(mock, dunder, kid)
        led.kids[dunder] = kid
    return kid


def _family(root, owned_only, seen=None):
    """root and every mock below it (kids and return values), once each.

    With owned_only, only mocks whose parent link points back are followed.
    """
    if seen is None:
        seen = set()
    pending = [_core(root)]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        led = _led(node)
        for below in (*led.kids.values(), led.rv):
            if not _is_mock(below):
                continue
            below = _core(below)
            if not owned_only or _led(below).up is node:
                pending.append(below)


# ------------------------------------------------------------ spec helpers

def _signature_of(obj, drop_first=False):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    if drop_first:
        params = list(sig.parameters.values())
        if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                         inspect.Parameter.POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


def _apply_spec(mock, spec, strict):
    led = _led(mock)
    led.strict = False
    led.names = led.spec_type = led.match_sig = None
    if spec is None:
        return
    led.strict = strict
    if isinstance(spec, (list, tuple)):
        led.names = frozenset(spec)
        return
    led.names = frozenset(dir(spec))
    led.spec_type = spec if isinstance(spec, type) else type(spec)
    if callable(spec):
        led.match_sig = _signature_of(spec)


# ------------------------------------------------------ argument matching

class _Unbindable:
    """Stand-in for a call its signature rejects: shows the error, equals nothing."""

    def __init__(self, error):
        self.error = error

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    __hash__ = None

    def __repr__(self):
        return repr(self.error)


class _Normalised(_Invocation):
    """A call rebuilt through a signature; shown in its raw triple form."""

    def __repr__(self):
        return 'call(%r, %r, %r)' % (self._path or '', self.args, self.kwargs)


def _signature_at(mock, path):
    """Signature governing calls recorded under path below mock (or None)."""
    node = _core(mock)
    for piece in path.replace('()', '.()').split('.'):
        if not piece:
            continue
        led = _led(node)
        below = led.rv if piece == '()' else led.kids.get(piece)
        if not _is_mock(below):
            return None
        node = _core(below)
    return _led(node).match_sig


def _keyed(mock, entry):
    """(comparison form of entry, bind error or None)."""
    path = entry._path if entry._width == 3 else None
    sig = _signature_at(mock, path or '')
    if sig is None:
        return entry, None
    try:
        bound = sig.bind(*entry.args, **entry.kwargs)
    except TypeError as error:
        return _Unbindable(error), error
    return _Normalised(path, tuple(bound.args), dict(bound.kwargs),
                       entry._width), None


def _keyed_many(mock, entries):
    pairs = [_keyed(mock, _as_call(entry)) for entry in entries]
    return [key for key, _ in pairs], [err for _, err in pairs]


def _as_call(entry):
    if isinstance(entry, _Invocation):
        return entry
    path, args, kwargs, _ = _as_triple(entry)
    return _Invocation(path, args, kwargs)


def _first(errors):
    return next((err for err in errors if err is not None), None)


_SEQUENCE_WORDS = {
    # kind: (headline, noun, indent before "Actual", show Actual when empty)
    'calls': ('Calls not found.', 'calls', '  ', False),
    'awaits': ('Awaits not found.', 'awaits', '', True),
}


def _check_sequence(mock, expected, recorded, any_order, kind):
    """Shared body of assert_has_calls / assert_has_awaits."""
    wanted, errors = _keyed_many(mock, expected)
    have, _ = _keyed_many(mock, recorded)
    cause = _first(errors)
    if any_order:
        pool = list(have)
        missing = []
        for key in wanted:
            if key in pool:
                pool.remove(key)
            else:
                missing.append(key)
        if not missing:
            return
        if kind == 'calls':
            text = ('%r does not contain all of %r in its call list, found %r instead'
                    % (_short_name(mock), tuple(missing), pool))
        else:
            text = '%r not all found in await list' % (tuple(missing),)
        raise AssertionError(text) from cause
    if wanted in _CallRecord(have):
        return
    headline, noun, indent, always = _SEQUENCE_WORDS[kind]
    if cause is not None:
        headline = 'Error processing expected %s.\nErrors: %r' % (noun, errors)
    text = '%s\nExpected: %r' % (headline, _CallRecord(expected))
    if recorded or always:
        text += '\n%sActual: %r' % (indent, recorded)
    raise AssertionError(text) from cause


def _check_latest(mock, latest, args, kwargs, verb):
    """Shared body of assert_called_with / assert_awaited_with."""
    label = _short_name(mock)
    want, error = _keyed(mock, _Invocation(None, args, kwargs, 2))
    have, _ = _keyed(mock, latest)
    if want != have:
        raise AssertionError('expected %s not found.\nExpected: %s\n  Actual: %s'
                             % (verb, _show(label, args, kwargs),
                                _show(label, latest.args, latest.kwargs))) from error


def _check_any(mock, history, args, kwargs, verb):
    """Shared body of assert_any_call / assert_any_await."""
    want, error = _keyed(mock, _Invocation(None, args, kwargs, 2))
    have, _ = _keyed_many(mock, history)
    if error is not None or want not in have:
        raise AssertionError('%s %s not found'
                             % (_show(_short_name(mock), args, kwargs), verb)) from error

# --------------------------------------------------------------- the mocks

def _lookup_refusal(mock, led, attr, kid):
    """The error for reading attr (None when a kid may be returned or made).

    Priority (probed): spec membership, else dunder / typo rules; then
    deletion; then seal (only for kids not made yet).
    """
    if led.names is not None:
        if attr not in led.names or attr in _SETTABLE_MAGIC:
            return AttributeError('Mock object has no attribute %r' % attr)
    elif _is_dunder(attr):
        return AttributeError(attr)
    elif not led.unsafe and (attr in _TYPO_NAMES or attr.startswith(_TYPO_PREFIXES)):
        return AttributeError(
            '%r is not a valid assertion. Use a spec for the mock if %r is '
            'meant to be an attribute.' % (attr, attr))
    if kid is _GONE:
        return AttributeError(attr)
    if kid is None and led.sealed:
        return AttributeError('%s.%s' % (_full_name(mock), attr))
    return None


def _grow_child(mock, led, attr):
    """Make the kid that stands for mock.attr."""
    if led.auto:
        return _autospec_kid(mock, attr)
    if led.wrapped is not None:
        return _spawn(mock, attr, True, wraps=getattr(led.wrapped, attr))
    return _spawn(mock, attr, True)


def _setting_refusal(mock, led, attr):
    """The error for assigning attr, or None."""
    fresh = attr not in mock.__dict__ and not hasattr(type(mock), attr)
    if fresh and led.strict and led.names is not None and attr not in led.names:
        return AttributeError('Mock object has no attribute %r' % attr)
    if fresh and led.sealed and attr not in led.kids:
        return AttributeError('Cannot set %s.%s' % (_full_name(mock), attr))
    if attr in _REFUSED_MAGIC:
        return AttributeError('Attempting to set unsupported magic method %r.' % attr)
    return None


class NonCallableMock:
    """A flexible stand-in object that records how it is used."""

    # MagicMock-style classes keep their preset dunder ports in step with the spec.
    _with_ports = False

    def __new__(cls, *args, **kwargs):
        solo = type(cls.__name__, (cls,), {'__doc__': cls.__doc__,
                                           '__module__': cls.__module__})
        return object.__new__(solo)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, unsafe=False, **kwargs):
        led = _Ledger()
        object.__setattr__(self, '_ledger', led)
        led.label = name
        led.wrapped = wraps
        led.unsafe = unsafe
        if spec_set is not None:
            _apply_spec(self, spec_set, True)
        else:
            _apply_spec(self, spec, False)
        if parent is not None:
            led.link_under(parent, name or '', True)
            led.label = None
        if self._with_ports:
            _sync_ports(self)
        if kwargs:
            self.configure_mock(**kwargs)

    # -- attribute protocol

    def __getattr__(self, attr):
        if attr == '_ledger':
            raise AttributeError(attr)
        led = _led(self)
        kid = led.kids.get(attr)
        problem = _lookup_refusal(self, led, attr, kid)
        if problem is not None:
            raise problem
        if kid is None:
            kid = led.kids[attr] = _grow_child(self, led, attr)
        return kid

    def __setattr__(self, attr, value):
        led = _led(self)
        if attr == '__class__':
            led.spec_type = value
            return
        problem = _setting_refusal(self, led, attr)
        if problem is not None:
            raise problem
        klass = type(self)
        if attr in _SETTABLE_MAGIC:
            if _is_mock(value):
                _take_in(self, value, attr, True)
                led.kids[attr] = value
                value = _PORTS[attr]
            else:
                led.kids.pop(attr, None)
            setattr(klass, attr, value)
        elif isinstance(getattr(klass, attr, None), property):
            object.__setattr__(self, attr, value)
        elif _take_in(self, value, attr, True):
            led.kids[attr] = value
            self.__dict__.pop(attr, None)
        else:
            led.kids.pop(attr, None)
            object.__setattr__(self, attr, value)

    def __delattr__(self, attr):
        led = _led(self)
        klass = type(self)
        before = led.kids.get(attr)
        hook = klass.__dict__.get(attr) if attr in _SETTABLE_MAGIC else None
        if hook is not None:
            delattr(klass, attr)
            if hook is _PORTS[attr] and before is None:
                return  # an untouched preset: nothing to remember
        elif attr in self.__dict__:
            del self.__dict__[attr]
        elif before is _GONE:
            raise AttributeError(attr)
        led.kids[attr] = _GONE

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        led = _led(self)
        found = {name for name in dir(type(self)) if not name.startswith('_')}
        # Probed: private entries of the instance dict stay hidden, dunders show.
        found.update(name for name in self.__dict__
                     if _is_dunder(name) or not name.startswith('_'))
        found.update(name for name, kid in led.kids.items() if kid is not _GONE)
        found.update(led.names or ())
        return sorted(found)

    @property
    def __class__(self):
        led = _led(self)
        if led.spec_type is not None:
            return led.spec_type
        return type(self)

    def __repr__(self):
        led = _led(self)
        text = type(self).__name__
        if led.up is not None or led.label is not None:
            text += ' name=%r' % _full_name(self)
        if led.spec_type is not None:
            text += ' %s=%r' % ('spec_set' if led.strict else 'spec',
                                led.spec_type.__name__)
        return "<%s id='%s'>" % (text, id(self))

    # -- recorded state

    @property
    def return_value(self):
        led = _led(self)
        if led.rv is DEFAULT:
            if led.sealed:
                raise AttributeError('%s.return_value' % _full_name(self))
            led.rv = _spawn(self, '()', False)
        return led.rv

    @return_value.setter
    def return_value(self, value):
        _take_in(self, value, '()', False)
        _led(self).rv = value

    @property
    def side_effect(self):
        return _led(self).effect

    @side_effect.setter
    def side_effect(self, value):
        _led(self).set_effect(value)

    @property
    def called(self):
        return _led(self).count > 0

    @called.setter
    def called(self, value):
        _led(self).count = int(bool(value))

    @property
    def call_count(self):
        return _led(self).count

    @call_count.setter
    def call_count(self, value):
        _led(self).count = value

    @property
    def call_args(self):
        return _led(self).last

    @call_args.setter
    def call_args(self, value):
        _led(self).last = value

    @property
    def call_args_list(self):
        return _led(self).history

    @call_args_list.setter
    def call_args_list(self, value):
        _led(self).history = value

    @property
    def mock_calls(self):
        return _led(self).trail

    @mock_calls.setter
    def mock_calls(self, value):
        _led(self).trail = value

    @property
    def method_calls(self):
        return _led(self).mtrail

    @method_calls.setter
    def method_calls(self, value):
        _led(self).mtrail = value

    # -- configuration

    def configure_mock(self, /, **kwargs):
        """Set attributes, following dotted names through child mocks."""
        for dotted in sorted(kwargs, key=lambda key: key.count('.')):
            *walk, last = dotted.split('.')
            holder = self
            for step in walk:
                holder = getattr(holder, step)
            setattr(holder, last, kwargs[dotted])

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec."""
        _apply_spec(self, spec, bool(spec_set))
        if self._with_ports:
            _sync_ports(self)

    def attach_mock(self, mock, attribute):
        """Make mock a child called attribute, recording its calls here."""
        inner = _led(_core(mock))
        inner.up = None
        inner.label = None
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget recorded calls, here and in every child."""
        for node in _family(self, False, visited):
            led = _led(node)
            led.clear_stats()
            if return_value:
                led.rv = DEFAULT
            if side_effect:
                led.set_effect(None)

    # -- assertions

    def _calls_suffix(self):
        led = _led(self)
        if not led.count:
            return ''
        return '\nCalls: %r.' % (led.trail,)

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if not _led(self).count:
            raise AssertionError('Expected %r to have been called.' % _short_name(self))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        led = _led(self)
        if led.count != 1:
            raise AssertionError('Expected %r to have been called once. Called %s times.%s'
                                 % (_short_name(self), led.count, self._calls_suffix()))

    def assert_not_called(self):
        """Fail if the mock was called."""
        led = _led(self)
        if led.count:
            raise AssertionError('Expected %r to not have been called. Called %s times.%s'
                                 % (_short_name(self), led.count, self._calls_suffix()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the most recent call used these arguments."""
        led = _led(self)
        if led.last is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % _show(_short_name(self), args, kwargs))
        _check_latest(self, led.last, args, kwargs, 'call')

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        led = _led(self)
        if led.count != 1:
            raise AssertionError('Expected %r to be called once. Called %s times.%s'
                                 % (_short_name(self), led.count, self._calls_suffix()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call used these arguments."""
        _check_any(self, _led(self).history, args, kwargs, 'call')

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls (in sequence unless any_order)."""
        _check_sequence(self, calls, _led(self).trail, any_order, 'calls')


class Mock(NonCallableMock):
    """A callable mock: calls are recorded and answered from its configuration."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 unsafe=False, **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name,
                                 spec_set=spec_set, parent=parent, unsafe=unsafe,
                                 **kwargs)
        if return_value is not DEFAULT:
            self.return_value = return_value
        if side_effect is not None:
            self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        led = _led(self)
        led.admit(self, args, kwargs)
        if led.plan is not None:
            got = led.plan.produce(args, kwargs)
            if got is not DEFAULT:
                return got
        return led.standing_plan(self).produce(args, kwargs)


class NonCallableMagicMock(NonCallableMock):
    """A non-callable mock with the magic methods preconfigured."""

    _with_ports = True


class MagicMock(Mock):
    """A mock with the magic methods preconfigured."""

    _with_ports = True


class PropertyMock(Mock):
    """A mock meant to sit on a class as a property."""

    def __get__(self, obj, owner=None):
        return self()

    def __set__(self, obj, value):
        self(value)


class AsyncMock(Mock):
    """A mock whose calls return awaitables; awaits are recorded too."""

    _with_ports = True

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        inspect.markcoroutinefunction(self)

    def __call__(self, /, *args, **kwargs):
        led = _led(self)
        led.admit(self, args, kwargs)
        return self._settle(led, args, kwargs)

    async def _settle(self, led, args, kwargs):
        led.awaits += 1
        led.await_last = _Invocation(None, args, kwargs, 2)
        led.await_history.append(led.await_last)
        if led.plan is not None:
            got = await led.plan.produce_async(args, kwargs)
            if got is not DEFAULT:
                return got
        return await led.standing_plan(self).produce_async(args, kwargs)

    @property
    def await_count(self):
        return _led(self).awaits

    @property
    def await_args(self):
        return _led(self).await_last

    @property
    def await_args_list(self):
        return _led(self).await_history

    def assert_awaited(self):
        """Fail unless awaited at least once."""
        if not _led(self).awaits:
            raise AssertionError('Expected %s to have been awaited.' % _short_name(self))

    def assert_awaited_once(self):
        """Fail unless awaited exactly once."""
        led = _led(self)
        if led.awaits != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (_short_name(self), led.awaits))

    def assert_not_awaited(self):
        """Fail if awaited."""
        led = _led(self)
        if led.awaits:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (_short_name(self), led.awaits))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await used these arguments."""
        led = _led(self)
        if led.await_last is None:
            raise AssertionError('Expected await: %s\nNot awaited'
                                 % _show(_short_name(self), args, kwargs))
        _check_latest(self, led.await_last, args, kwargs, 'await')

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless awaited exactly once, with these arguments."""
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await used these arguments."""
        _check_any(self, _led(self).await_history, args, kwargs, 'await')

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless calls appear among the awaits."""
        _check_sequence(self, calls, _led(self).await_history, any_order, 'awaits')


# ------------------------------------------------------------------- seal

def seal(mock):
    """Stop mock (and its existing children) from growing new attributes."""
    for node in _family(mock, True):
        _led(node).sealed = True


# --------------------------------------------------------------- autospec

_FUNC_API = frozenset((
    'called', 'call_count', 'call_args', 'call_args_list', 'method_calls',
    'mock_calls', 'return_value', 'side_effect', 'assert_called_with',
    'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
    'reset_mock', 'assert_called', 'assert_not_called', 'assert_called_once',
    'configure_mock', 'attach_mock'))


class _SignedFunc:
    """Callable front for an autospecced function: checks the signature first."""

    def __init__(self, target, mock, sig):
        object.__setattr__(self, 'mock', mock)
        object.__setattr__(self, '__signature__', sig)
        for field in ('__name__', '__qualname__', '__doc__', '__module__'):
            try:
                object.__setattr__(self, field, getattr(target, field))
            except AttributeError:
                pass

    def __call__(self, /, *args, **kwargs):
        sig = self.__signature__
        if sig is not None:
            sig.bind(*args, **kwargs)
        return self.mock(*args, **kwargs)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __getattr__(self, attr):
        if attr in _FUNC_API:
            return getattr(self.mock, attr)
        raise AttributeError("'function' object has no attribute %r" % attr)

    def __setattr__(self, attr, value):
        if attr in _FUNC_API:
            setattr(self.mock, attr, value)
        else:
            object.__setattr__(self, attr, value)

    def __repr__(self):
        return '<function %s at %#x>' % (getattr(self, '__name__', '?'), id(self))


def _routine_kind(holder, attr):
    """'static', 'bound' (drop first arg) or None for a looked-up attribute."""
    if isinstance(holder, type):
        for klass in holder.__mro__:
            if attr in klass.__dict__:
                raw = klass.__dict__[attr]
                if isinstance(raw, staticmethod):
                    return 'static'
                if isinstance(raw, classmethod):
                    return 'bound'
                if isinstance(raw, types.FunctionType):
                    return 'bound'
                return None
    return None


def _spec_mock(spec, strict, as_instance, label, parent, seg, by_attr, extra):
    """Build the mock standing for spec, wired to look up children from spec."""
    is_class = isinstance(spec, type)
    callable_now = callable(spec) and not (is_class and as_instance)
    klass = MagicMock if callable_now else NonCallableMagicMock
    mock = klass(spec_set=spec, name=label) if strict else klass(spec=spec, name=label)
    led = _led(mock)
    led.auto = True
    led.spec_src = spec
    if parent is not None:
        led.up = parent
        led.seg = seg
        led.by_attr = by_attr
        led.label = None
        led.sealed = _led(parent).sealed
    if callable_now:
        if is_class and not any('__init__' in k.__dict__ or '__new__' in k.__dict__
                                for k in spec.__mro__ if k is not object):
            led.enforce_sig = led.match_sig = None
        else:
            led.enforce_sig = led.match_sig = _signature_of(spec)
        if is_class:
            led.rv = _spec_mock(spec, strict, True, None, mock, '()', False, {})
    if extra:
        mock.configure_mock(**extra)
    return mock


def _autospec_kid(mock, attr):
    led = _led(mock)
    source = led.spec_src
    value = getattr(source, attr)
    kind = _routine_kind(source if isinstance(source, type) else type(source), attr)
    if isinstance(value, type) or not callable(value):
        return _spec_mock(value, led.strict, False, None, mock, attr, True, {})
    kid = _spawn(mock, attr, True, MagicMock, spec=value)
    kled = _led(kid)
    drop = kind == 'bound' and isinstance(source, type) and \
        not isinstance(value, types.MethodType)
    sig = _signature_of(value, drop)
    kled.enforce_sig = sig
    kled.match_sig = sig
    return kid


def create_autospec(spec, spec_set=False, instance=False, *, unsafe=False, **kwargs):
    """Make a mock shaped like spec, with call signatures checked."""
    if isinstance(spec, type) or not (
            isinstance(spec, (types.FunctionType, types.BuiltinFunctionType,
                              types.MethodType))):
        mock = _spec_mock(spec, bool(spec_set), instance, kwargs.pop('name', None),
                          None, '', True, kwargs)
        _led(mock).unsafe = unsafe
        return mock
    sig = _signature_of(spec)
    inner = MagicMock(spec=spec, unsafe=unsafe)
    _led(inner).match_sig = sig
    if kwargs:
        inner.configure_mock(**kwargs)
    return _SignedFunc(spec, inner, sig)


# ---------------------------------------------------------------- mock_open

_FILE_API = frozenset((
    '__del__', '__enter__', '__exit__', '__iter__', '__next__', 'buffer',
    'close', 'closed', 'detach', 'encoding', 'errors', 'fileno', 'flush',
    'getbuffer', 'getvalue', 'isatty', 'line_buffering', 'mode', 'name',
    'newlines', 'read', 'read1', 'readable', 'readinto', 'readinto1',
    'readline', 'readlines', 'reconfigure', 'seek', 'seekable', 'tell',
    'truncate', 'writable', 'write', 'write_through', 'writelines'))


def _file_names():
    names = set(_FILE_API)
    for klass in (getattr(io, 'TextIOWrapper', None), getattr(io, 'BytesIO', None)):
        if klass is not None:
            names.update(dir(klass))
    return sorted(names)


class _FakeFile:
    """Read state behind a mock_open handle; rewound by every open() call."""

    def __init__(self, handle, data):
        self.handle = handle
        self.data = data
        self.pos = 0

    def _overridden(self, method):
        # A return value set by the test wins over the scripted data.
        return _led(getattr(self.handle, method)).rv is not DEFAULT

    def _next_line(self):
        rest = self.data[self.pos:]
        cut = rest.find('\n' if isinstance(rest, str) else b'\n')
        piece = rest if cut < 0 else rest[:cut + 1]
        self.pos += len(piece)
        return piece

    def _remaining_lines(self):
        piece = self._next_line()
        while piece:
            yield piece
            piece = self._next_line()

    def opened(self, *args, **kwargs):
        self.pos = 0
        return DEFAULT

    def read(self, size=-1, *args, **kwargs):
        if self._overridden('read'):
            return DEFAULT
        rest = self.data[self.pos:]
        if size is not None and 0 <= size < len(rest):
            rest = rest[:size]
        self.pos += len(rest)
        return rest

    def readline(self, *args, **kwargs):
        if self._overridden('readline'):
            return DEFAULT
        return self._next_line()

    def readlines(self, *args, **kwargs):
        if self._overridden('readlines'):
            return DEFAULT
        return list(self._remaining_lines())

    def iterate(self):
        return self._remaining_lines()

    def advance(self):
        piece = self._next_line()
        if not piece:
            raise StopIteration
        return piece


def mock_open(mock=None, read_data=''):
    """A mock for open() whose handles read back read_data."""
    handle = MagicMock(spec=_file_names())
    fake = _FakeFile(handle, read_data)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    for method in ('read', 'readline', 'readlines'):
        getattr(handle, method).side_effect = getattr(fake, method)
    handle.__iter__.side_effect = fake.iterate
    handle.__next__.side_effect = fake.advance
    if mock is None:
        mock = MagicMock(name='open', spec=dir(open))
        _led(mock).match_sig = _signature_of(open)
    mock.return_value = handle
    mock.side_effect = fake.opened
    return mock


# ------------------------------------------------------------------ patching

_STARTED = []


class _Session:
    """Applies a decorated function's patchers around one call."""

    def __init__(self, patchers):
        self.patchers = patchers
        self.entered = []

    def __enter__(self):
        more_args, more_kwargs = [], {}
        try:
            for patcher in self.patchers:
                value = patcher.__enter__()
                self.entered.append(patcher)
                patcher._contribute(value, more_args, more_kwargs)
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return more_args, more_kwargs

    def __exit__(self, *info):
        while self.entered:
            self.entered.pop().__exit__(*info)


class _Patcher:
    """Shared front of patchers: start/stop and class decoration."""

    def start(self):
        """Apply the patch until stop() is called."""
        applied = self.__enter__()
        _STARTED.append(self)
        return applied

    def stop(self):
        """Undo a patch applied with start(); None if it was not started."""
        spots = [at for at, patcher in enumerate(_STARTED) if patcher is self]
        if not spots:
            return None
        del _STARTED[spots[-1]]
        return self.__exit__(None, None, None)

    def __call__(self, target):
        if not isinstance(target, type):
            return self._decorate_callable(target)
        prefix = patch.TEST_PREFIX
        tests = {name: getattr(target, name) for name in dir(target)
                 if name.startswith(prefix)}
        for name, member in tests.items():
            if callable(member):
                setattr(target, name, self.copy()(member))
        return target


class _AttrUndo:
    """Remembers how to put one attribute of one holder back."""

    def __init__(self, holder, attr, create):
        self.holder = holder
        self.attr = attr
        space = getattr(holder, '__dict__', None)
        self.own = space is not None and attr in space
        self.original = space[attr] if self.own else getattr(holder, attr, _ABSENT)
        if self.original is _ABSENT and not create and not (
                isinstance(holder, types.ModuleType) and hasattr(builtins, attr)):
            raise AttributeError('%s does not have the attribute %r' % (holder, attr))

    def undo(self):
        holder, attr, original = self.holder, self.attr, self.original
        if self.own:
            setattr(holder, attr, original)
            return
        delattr(holder, attr)
        if original is _ABSENT:
            return
        # Deleting does not always uncover the original: slot values simply
        # vanish, and some dunders (a function's __doc__, __defaults__...)
        # drop to a blank value.  Probing shows CPython puts the original back
        # in those cases and leaves other attributes alone.
        now = getattr(holder, attr, _ABSENT)
        if now is _ABSENT or (_is_dunder(attr) and _differs(now, original)):
            setattr(holder, attr, original)


def _differs(left, right):
    try:
        return bool(left != right)
    except Exception:
        return left is not right


def _is_async_func(obj):
    return obj is not _ABSENT and inspect.iscoroutinefunction(obj)


class _AttrSwap(_Patcher):
    """Replaces one or more attributes of a lazily located holder."""

    def __init__(self, getter, moves, spec, create, spec_set, autospec,
                 new_callable, unsafe, kwargs, as_dict):
        if new_callable is not None:
            if any(new is not DEFAULT for _, new in moves):
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.moves = moves
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.new_callable = new_callable
        self.unsafe = unsafe
        self.kwargs = kwargs
        self.as_dict = as_dict
        self.attribute, self.new = moves[0]
        # pytest reads these: a named patcher (patch.multiple) passes keywords.
        self.attribute_name = self.attribute if as_dict else None
        self._undo = []

    def copy(self):
        return _AttrSwap(self.getter, list(self.moves), self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable,
                         self.unsafe, dict(self.kwargs), self.as_dict)

    def _contribute(self, value, args, kwargs):
        if self.as_dict:
            kwargs.update(value)
        elif self.new is DEFAULT:
            args.append(value)

    def _decorate_callable(self, func):
        shared = getattr(func, 'patchings', None)
        if isinstance(shared, list):
            shared.append(self)
            return func
        if inspect.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with _Session(patched.patchings) as (more, named):
                    return await func(*args, *more, **dict(kwargs, **named))
        else:
            def patched(*args, **kwargs):
                with _Session(patched.patchings) as (more, named):
                    return func(*args, *more, **dict(kwargs, **named))
        patched = _keep_metadata(func)(patched)
        patched.patchings = [self]
        return patched

    def _vet(self, new):
        auto = self.autospec not in (None, False)
        if auto and new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. "
                            "Can't specify autospec and new.")
        if auto and self.spec is not None:
            raise TypeError("Can't specify spec and autospec")
        if self.spec_set and self.spec_set is not True and (
                auto or self.spec is not None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

    def _autospecced(self, attr, original):
        source = self.autospec
        if source is True:
            if original is _ABSENT:
                raise TypeError("Can't use 'autospec' with create=True")
            source = original
        extra = dict(self.kwargs)
        if not isinstance(source, (types.FunctionType, types.MethodType)):
            extra['name'] = attr
        return create_autospec(source, spec_set=bool(self.spec_set),
                               unsafe=self.unsafe, **extra)

    def _build(self, attr, original):
        """The mock that replaces attr (whose current value is original)."""
        if self.autospec not in (None, False):
            return self._autospecced(attr, original)
        spec = original if self.spec is True else self.spec
        strict = self.spec_set
        if strict is True:
            strict = original if spec is None else spec
        options = {}
        if spec is not None:
            options['spec'] = spec
        if strict is not None:
            options['spec_set'] = strict
        factory = self.new_callable
        if factory is None:
            shape = spec if strict is None else strict
            if shape is None:
                factory = AsyncMock if _is_async_func(original) else MagicMock
            elif not callable(shape):
                factory = NonCallableMagicMock
            else:
                factory = AsyncMock if _is_async_func(shape) else MagicMock
        if isinstance(factory, type) and issubclass(factory, NonCallableMock):
            options['name'] = attr
        options.update(self.kwargs)
        return factory(**options)

    def __enter__(self):
        holder = self.getter()
        made = {}
        steps = []
        try:
            for attr, new in self.moves:
                self._vet(new)
                step = _AttrUndo(holder, attr, self.create)
                if new is DEFAULT:
                    new = made[attr] = self._build(attr, step.original)
                # Recorded before the assignment so a failed one is undone too.
                steps.append(step)
                setattr(holder, attr, new)
        except BaseException:
            _unwind(steps)
            raise
        self._undo.append(steps)
        if self.as_dict:
            return made
        return made.get(self.attribute, self.new)

    def __exit__(self, *info):
        if self._undo:
            _unwind(self._undo.pop())
        return False


def _unwind(steps):
    while steps:
        steps.pop().undo()


def _call_or(target, method, substitute, *args):
    """target.method(*args) when target has that method, else substitute(*args)."""
    native = getattr(target, method, None)
    if native is None:
        return substitute(*args)
    return native(*args)


def _refill(target, entries, wipe):
    """Optionally empty the mapping target, then add entries to it."""
    def drop_each():
        for key in list(target):
            del target[key]

    def set_each(source):
        for key in source:
            target[key] = source[key]

    if wipe:
        _call_or(target, 'clear', drop_each)
    _call_or(target, 'update', set_each, entries)


class _DictSwap(_Patcher):
    """Temporarily updates (or clears) a mapping and restores it afterwards."""

    def __init__(self, in_dict, values, clear, kwargs):
        self.in_dict = in_dict
        # Probed: values (and keywords) are read once, when the patcher is made.
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._saved = []

    def copy(self):
        return _DictSwap(self.in_dict, self.values, self.clear, {})

    def _decorate_callable(self, func):
        if inspect.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with self:
                    return await func(*args, **kwargs)
        else:
            def patched(*args, **kwargs):
                with self:
                    return func(*args, **kwargs)
        return _keep_metadata(func)(patched)

    def __enter__(self):
        target = self.in_dict
        if isinstance(target, str):
            target = pkgutil.resolve_name(target)
        saved = _call_or(target, 'copy', lambda: {key: target[key] for key in target})
        self._saved.append((target, saved))
        _refill(target, self.values, self.clear)
        return target

    def __exit__(self, *info):
        if self._saved:
            target, saved = self._saved.pop()
            _refill(target, saved, True)
        return False


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted string target while active."""
    if not isinstance(target, str) or '.' not in target:
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    where, _, attr = target.rpartition('.')
    return _AttrSwap(lambda: pkgutil.resolve_name(where), [(attr, new)], spec,
                     create, spec_set, autospec, new_callable, unsafe, kwargs, False)


def _object_swapper(target, attribute, new=DEFAULT, spec=None, create=False,
                    spec_set=None, autospec=None, new_callable=None, *,
                    unsafe=False, **kwargs):
    """Replace target.attribute while active."""
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _AttrSwap(lambda: target, [(attribute, new)], spec, create, spec_set,
                     autospec, new_callable, unsafe, kwargs, False)


def _many_swapper(target, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    """Replace several attributes of target at once."""
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    if isinstance(target, str):
        def getter():
            return pkgutil.resolve_name(target)
    else:
        def getter():
            return target
    return _AttrSwap(getter, list(kwargs.items()), spec, create, spec_set,
                     autospec, new_callable, False, {}, True)


def _mapping_swapper(in_dict, values=(), clear=False, **kwargs):
    """Set entries of a mapping while active, restoring it afterwards."""
    return _DictSwap(in_dict, values, clear, kwargs)


def _stop_all():
    """Stop every patch started with start()."""
    for patcher in reversed(list(_STARTED)):
        patcher.stop()


_object_swapper.__name__ = 'object'
_many_swapper.__name__ = 'multiple'
_mapping_swapper.__name__ = 'dict'
_stop_all.__name__ = 'stopall'
patch.object = _object_swapper
patch.multiple = _many_swapper
patch.dict = _mapping_swapper
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'
