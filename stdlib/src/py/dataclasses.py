# Data classes: generate __init__, __repr__, comparison and hashing methods for classes
# from their annotated attributes.  (No module docstring: CPython's module has none.)

import abc
import copy
import keyword
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


def _rename(obj, name):
    # Give a class or function the private name CPython users can observe.
    obj.__name__ = name
    obj.__qualname__ = name
    return obj


# ---- markers -------------------------------------------------------------------------

class _Absent:
    pass


class _KwOnlyMarker:
    pass


class _FactoryPlaceholder:
    def __repr__(self):
        return '<factory>'


_rename(_Absent, '_MISSING_TYPE')
_rename(_KwOnlyMarker, '_KW_ONLY_TYPE')
_rename(_FactoryPlaceholder, '_HAS_DEFAULT_FACTORY_CLASS')

MISSING = _Absent()
KW_ONLY = _KwOnlyMarker()
_USE_FACTORY = _FactoryPlaceholder()


class _Tag:
    # What an annotated name turned out to be: a real field, a ClassVar or an InitVar.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_rename(_Tag, '_FIELD_BASE')

_REAL = _Tag('_FIELD')
_CLASS_LEVEL = _Tag('_FIELD_CLASSVAR')
_INIT_ONLY = _Tag('_FIELD_INITVAR')

_NO_METADATA = types.MappingProxyType({})


class FrozenInstanceError(AttributeError):
    pass


FrozenInstanceError.__doc__ = None


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return cls(type)


InitVar.__doc__ = None


# ---- Field -----------------------------------------------------------------------------

_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only', '_field_type')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        body = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_REPR_ORDER)
        return f'Field({body})'

    def __set_name__(self, owner, name):
        # Let a descriptor used as the default learn its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


Field.__doc__ = None


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one dataclass field beyond its annotation and plain default."""
    if default_factory is not MISSING and default is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# ---- decorator options -----------------------------------------------------------------

_OPTION_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')


class _Options:
    __slots__ = _OPTION_NAMES

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        given = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                 weakref_slot)
        for name, value in zip(_OPTION_NAMES, given):
            setattr(self, name, value)

    def __repr__(self):
        pairs = ','.join(f'{n}={getattr(self, n)!r}' for n in _OPTION_NAMES)
        return f'_DataclassParams({pairs})'


_rename(_Options, '_DataclassParams')


# ---- what an annotation declares ---------------------------------------------------------

def _object_kind(ann):
    """_CLASS_LEVEL, _INIT_ONLY, KW_ONLY (the marker itself) or _REAL for a non-string."""
    if ann is KW_ONLY:
        return KW_ONLY
    if ann is InitVar or type(ann) is InitVar:
        return _INIT_ONLY
    typing_module = sys.modules.get('typing')
    if typing_module is not None:
        classvar = typing_module.ClassVar
        if ann is classvar or (not isinstance(ann, type)
                               and getattr(ann, '__origin__', None) is classvar):
            return _CLASS_LEVEL
    return _REAL


def _is_name_char(ch):
    return ch == '_' or ch.isalnum()


def _take_name(text):
    # Split text (already left-stripped) into its leading run of name characters and the rest.
    size = 0
    for ch in text:
        if not _is_name_char(ch):
            break
        size += 1
    return text[:size], text[size:]


def _leading_names(text):
    """Names read off the front of a string annotation: (), (name,) or (prefix, name)."""
    head, rest = _take_name(text.lstrip())
    if not head:
        return ()
    rest = rest.lstrip()
    if rest[:1] == '.':
        tail, _ = _take_name(rest[1:].lstrip())
        if tail:
            return head, tail
    return (head,)


def _dotted_sources():
    # Which modules a "prefix.name" string annotation may point into, and what it may
    # declare through each.
    return ((sys.modules.get('typing'), (_CLASS_LEVEL,)),
            (sys.modules.get(__name__), (_INIT_ONLY, KW_ONLY)))


def _string_kind(cls, text):
    names = _leading_names(text)
    if not names:
        return _REAL
    home = sys.modules.get(cls.__module__)
    if len(names) == 1:
        # A bare name is looked up in the defining module's namespace.  Deliberately like
        # CPython: if that module is not in sys.modules this fails with AttributeError
        # ("'NoneType' object has no attribute '__dict__'").
        return _object_kind(home.__dict__.get(names[0]))
    prefix, name = names
    if home is None:
        return _REAL
    target = home.__dict__.get(prefix)
    for module, accepted in _dotted_sources():
        if module is not None and target is module:
            kind = _object_kind(module.__dict__.get(name))
            return kind if kind in accepted else _REAL
    return _REAL


def _kind(cls, ann):
    if isinstance(ann, str):
        return _string_kind(cls, ann)
    return _object_kind(ann)


def _module_namespace(module_name):
    # Globals for generated methods: the class's module, or an empty namespace.
    module = sys.modules.get(module_name)
    return {} if module is None else module.__dict__


# ---- facts about a class being decorated (nothing here mutates the class) ------------------

def _dataclass_ancestors(cls):
    # Dataclass bases, nearest first (a plain class under a dataclass counts: the table is
    # found by attribute lookup).
    return [base for base in cls.__mro__[1:]
            if getattr(base, '__dataclass_fields__', None) is not None]


def _classified(cls):
    notes = cls.__dict__.get('__annotations__', {})
    return [(name, ann, _kind(cls, ann)) for name, ann in notes.items()]


def _marker_positions(entries):
    return [i for i, (_, _, kind) in enumerate(entries) if kind is KW_ONLY]


def _own_fields(cls, entries, markers, all_keyword):
    """{annotation position: (Field, came from a Field class attribute)}; markers skipped.
    Annotations after the first KW_ONLY marker default to keyword-only."""
    first_marker = markers[0] if markers else len(entries)
    return {position: _own_field(cls, name, ann, kind,
                                 bool(all_keyword) or position > first_marker)
            for position, (name, ann, kind) in enumerate(entries) if kind is not KW_ONLY}


def _own_field(cls, name, ann, kind, keyword_only):
    """(Field, whether that Field object is what the class attribute held)."""
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        made = found
    else:
        # A slot's member descriptor is no default.
        plain = MISSING if isinstance(found, types.MemberDescriptorType) else found
        made = field(default=plain)
    made.name = name
    made.type = ann
    made._field_type = kind
    if kind is not _CLASS_LEVEL and made.kw_only is MISSING:
        made.kw_only = keyword_only
    return made, found is made


def _field_issue(f):
    """The exception one field deserves on its own, or None."""
    if f._field_type is _REAL:
        if type(f.default).__hash__ is None:
            return ValueError(f'mutable default {type(f.default)} for field {f.name} '
                              'is not allowed: use default_factory')
        return None
    if f.default_factory is not MISSING:
        return TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _CLASS_LEVEL and f.kw_only is not MISSING:
        return TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    return None


def _hash_verdict(cls, opts):
    """What happens to __hash__: 'keep', 'none', 'add' or 'fail'."""
    own = cls.__dict__
    explicit = '__hash__' in own and not (own['__hash__'] is None and '__eq__' in own)
    if opts.unsafe_hash:
        return 'fail' if explicit else 'add'
    if not opts.eq or explicit:
        return 'keep'
    return 'add' if opts.frozen else 'none'


# ---- objections: every error class processing can raise, by observed precedence ----------
# Each check returns None or (tag of the plan step CPython raises before, exception).

def _annotation_objection(job):
    found = {}
    markers = job.markers
    if len(markers) > 1:
        name = job.entries[markers[1]][0]
        found[markers[1]] = TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                      'has already been specified')
    for position, f in job.own.items():
        issue = _field_issue(f)
        if issue is not None:
            found[position] = issue
    if found:
        return 'fixups', found[min(found)]
    return None


def _unannotated_objection(job):
    notes = job.cls.__dict__.get('__annotations__', {})
    for name, value in job.cls.__dict__.items():
        if isinstance(value, Field) and name not in notes:
            return 'fields', TypeError(f'{name!r} is a field but has no type annotation')
    return None


def _frozen_mix_objection(job):
    flags = job.ancestor_frozen
    if not flags:
        return None
    ancestors_frozen = True in flags
    if ancestors_frozen == bool(job.opts.frozen):
        return None
    if ancestors_frozen:
        text = 'cannot inherit non-frozen dataclass from a frozen one'
    else:
        text = 'cannot inherit frozen dataclass from a non-frozen one'
    return 'fields', TypeError(text)


def _order_objection(job):
    if job.opts.order and not job.opts.eq:
        return 'methods', ValueError('eq must be true if order is true')
    return None


def _default_order_objection(job):
    if not job.opts.init:
        return None
    defaulted = False
    for f in job.positional:
        if _has_default(f):
            defaulted = True
        elif defaulted:
            return 'methods', TypeError(f'non-default argument {f.name!r} '
                                        'follows default argument')
    return None


def _overwrite_objection(job):
    cls = job.cls
    for option, names, advice in _METHOD_GROUPS:
        if advice is None or not getattr(job.opts, option):
            continue
        for name in names:
            if name in cls.__dict__:
                return ('set ' + name, TypeError(f'Cannot overwrite attribute {name} '
                                                 f'in class {cls.__name__}{advice}'))
    if job.hash_action == 'fail':
        return 'hash', TypeError(f'Cannot overwrite attribute __hash__ in class '
                                 f'{cls.__name__}')
    return None


def _slots_objection(job):
    opts = job.opts
    if opts.slots:
        if '__slots__' in job.cls.__dict__:
            return 'slots', TypeError(f'{job.cls.__name__} already specifies __slots__')
    elif opts.weakref_slot:
        return 'slots', TypeError('weakref_slot is True but slots is False')
    return None


_OBJECTIONS = (_annotation_objection, _unannotated_objection, _frozen_mix_objection,
               _order_objection, _default_order_objection, _overwrite_objection,
               _slots_objection)

# Methods a decorator option asks for, in installation order.  The third item is None
# when a user definition simply wins, else the suffix of the "Cannot overwrite" error.
_METHOD_GROUPS = (
    ('init', ('__init__',), None),
    ('repr', ('__repr__',), None),
    ('eq', ('__eq__',), None),
    ('order', ('__lt__', '__le__', '__gt__', '__ge__'),
     '. Consider using functools.total_ordering'),
    ('frozen', ('__setattr__', '__delattr__'), ''),
)

_ORDER_SYMBOLS = {'__eq__': '==', '__lt__': '<', '__le__': '<=', '__gt__': '>',
                  '__ge__': '>='}


# ---- the job -------------------------------------------------------------------------------

class _ClassJob:
    def __init__(self, cls, opts):
        self.cls = cls
        self.opts = opts
        self.result = cls
        ancestors = _dataclass_ancestors(cls)
        self.ancestor_frozen = {base.__dataclass_params__.frozen for base in ancestors}
        self.entries = _classified(cls)
        self.markers = _marker_positions(self.entries)
        made = _own_fields(cls, self.entries, self.markers, opts.kw_only)
        self.own = {position: f for position, (f, _) in made.items()}
        self.attr_fields = [f for f, from_attr in made.values() if from_attr]

        # Inherited fields, base-most first, then the class's own (which may override).
        table = {}
        for base in reversed(ancestors):
            table.update(base.__dataclass_fields__)
        table.update((f.name, f) for f in self.own.values())
        self.table = table

        takes = [f for f in table.values() if f._field_type is not _CLASS_LEVEL and f.init]
        self.positional = [f for f in takes if not f.kw_only]
        self.keyword = [f for f in takes if f.kw_only]
        self.real = [f for f in table.values() if f._field_type is _REAL]
        self.hash_action = _hash_verdict(cls, opts)
        self.namespace = _module_namespace(cls.__module__)
        self._space = None

    # -- plan ----------------------------------------------------------------------------
    def plan(self):
        cls = self.cls
        steps = [
            ('fixups', self._replace_field_attributes),
            ('fields', lambda: setattr(cls, '__dataclass_fields__', self.table)),
            ('methods', None),
        ]
        for option, names, _ in _METHOD_GROUPS:
            if getattr(self.opts, option):
                for name in names:
                    steps.append(('set ' + name, self._installer(name)))
        steps += [('hash', self._settle_hash), ('doc', self._fill_doc),
                  ('match_args', self._fill_match_args), ('slots', self._apply_slots),
                  ('abstract', lambda: abc.update_abstractmethods(self.result))]
        return steps

    def run(self):
        stop, problem = None, None
        for check in _OBJECTIONS:
            verdict = check(self)
            if verdict is not None:
                stop, problem = verdict
                break
        for tag, action in self.plan():
            if tag == stop:
                raise problem
            if action is not None:
                action()
        return self.result

    # -- steps -----------------------------------------------------------------------------
    def _replace_field_attributes(self):
        # A Field object in the class body gives way to its plain default (or to nothing).
        for f in self.attr_fields:
            if f.default is MISSING:
                delattr(self.cls, f.name)
            else:
                setattr(self.cls, f.name, f.default)

    def _installer(self, name):
        def install():
            if name not in self.cls.__dict__:
                self._put(name, self._method(name))
        return install

    def _put(self, name, fn):
        fn.__qualname__ = f'{self.cls.__qualname__}.{name}'
        setattr(self.cls, name, fn)

    def _method(self, name):
        if name == '__repr__':
            made = _make_repr([f.name for f in self.real if f.repr])
        elif name in ('__setattr__', '__delattr__'):
            made = _make_frozen_guard(name, self.cls, {f.name for f in self.real})
        else:
            return self._compiled()[name]
        # Closures report the module their generated counterparts would have.
        made.__module__ = self.namespace.get('__name__')
        return made

    def _settle_hash(self):
        if self.hash_action == 'none':
            self.cls.__hash__ = None
        elif self.hash_action == 'add':
            self._put('__hash__', self._compiled()['__hash__'])

    def _fill_doc(self):
        if not self.cls.__doc__:
            self.cls.__doc__ = _signature_doc(self.cls)

    def _fill_match_args(self):
        if self.opts.match_args and '__match_args__' not in self.cls.__dict__:
            self.cls.__match_args__ = tuple(f.name for f in self.positional)

    def _apply_slots(self):
        if self.opts.slots:
            self.result = _slotted(self.cls, [f.name for f in self.real], self.opts)

    # -- generated source ------------------------------------------------------------------
    def _compiled(self):
        if self._space is None:
            self._space = self._generate()
        return self._space

    def _generate(self):
        opts = self.opts
        src = _Source(self.namespace, self.table)
        if opts.init:
            _write_init(self, src)
        compared = [f.name for f in self.real if f.compare]
        for option, names, _ in _METHOD_GROUPS:
            if getattr(opts, option):
                for name in names:
                    if name in _ORDER_SYMBOLS:
                        src.comparison(name, _ORDER_SYMBOLS[name], compared)
        if self.hash_action == 'add':
            hashed = [f.name for f in self.real
                      if (f.compare if f.hash is None else f.hash)]
            src.add('__hash__', ['self'], [f'return hash({_tuple_of("self", hashed)})'])
        space = src.run()
        if opts.init:
            hints = {f.name: f.type for f in self.positional + self.keyword}
            hints['return'] = None
            space['__init__'].__annotations__ = hints
        return space


# ---- source text ---------------------------------------------------------------------------

def _tuple_of(owner, names):
    return '(' + ''.join(f'{owner}.{n},' for n in names) + ')'


class _Source:
    """Text of several methods compiled together.  They are nested in one builder
    function whose parameters carry the values the text refers to (under names no field
    can clash with), so the methods' globals can be the class's module namespace, as in
    CPython (user globals such as a redefined hash() are seen by the generated code)."""

    def __init__(self, namespace, taken):
        stem = '_dc'
        while any(n.startswith(stem) for n in taken):
            stem += '_'
        self.stem = stem
        self.namespace = namespace
        self.values = {}
        self.names = []
        self.chunks = []

    def ref(self, value):
        label = f'{self.stem}{len(self.values)}'
        self.values[label] = value
        return label

    def add(self, name, params, lines):
        body = ''.join(f'        {line}\n' for line in lines or ['pass'])
        self.names.append(name)
        self.chunks.append(f'    def {name}({", ".join(params)}):\n{body}')

    def comparison(self, name, symbol, names):
        self.add(name, ['self', 'other'], [
            'if other.__class__ is not self.__class__:',
            '    return NotImplemented',
            f'return {_tuple_of("self", names)} {symbol} {_tuple_of("other", names)}'])

    def run(self):
        text = (f'def __create_fn__({", ".join(self.values)}):\n' + ''.join(self.chunks)
                + f'    return ({"".join(n + ", " for n in self.names)})\n')
        scratch = {}
        exec(text, self.namespace, scratch)
        made = scratch['__create_fn__'](**self.values)
        return dict(zip(self.names, made))


# How __init__ fills a field, keyed by role; {arg} is the parameter, {make} the factory,
# {flag} the "use the factory" placeholder and {value} the default.
_ROLE_TEXT = {
    'given': '{arg}',
    'given_or_made': '{make}() if {arg} is {flag} else {arg}',
    'made': '{make}()',
    'copied': '{value}',
}

# (takes an argument, has a factory) -> role; other combinations fall through.
_ROLE_BY_SHAPE = {(True, False): 'given', (True, True): 'given_or_made',
                  (False, True): 'made'}


def _init_role(f, slotted):
    role = _ROLE_BY_SHAPE.get((bool(f.init), f.default_factory is not MISSING))
    if role is None and slotted and f.default is not MISSING:
        # No class attribute survives the slots rebuild to supply the default.
        role = 'copied'
    return role


def _write_init(job, src):
    me = '__dataclass_self__' if 'self' in job.table else 'self'
    flag = src.ref(_USE_FACTORY)
    setter = src.ref(object.__setattr__) if job.opts.frozen else None
    lines = []
    for f in job.real:
        role = _init_role(f, job.opts.slots)
        if role is None:
            continue
        parts = {'arg': f.name, 'flag': flag}
        if role in ('given_or_made', 'made'):
            parts['make'] = src.ref(f.default_factory)
        if role == 'copied':
            parts['value'] = src.ref(f.default)
        expr = _ROLE_TEXT[role].format_map(parts)
        if setter is None:
            lines.append(f'{me}.{f.name} = {expr}')
        else:
            lines.append(f'{setter}({me}, {f.name!r}, {expr})')
    if hasattr(job.cls, '__post_init__'):
        extra = [f.name for f in job.table.values() if f._field_type is _INIT_ONLY]
        lines.append(f'{me}.__post_init__({", ".join(extra)})')

    def param(f):
        if f.default_factory is not MISSING:
            return f'{f.name}={flag}'
        if f.default is not MISSING:
            return f'{f.name}={src.ref(f.default)}'
        return f.name

    params = [me] + [param(f) for f in job.positional]
    if job.keyword:
        params.append('*')
        params.extend(param(f) for f in job.keyword)
    src.add('__init__', params, lines)


# ---- closure-based methods -----------------------------------------------------------------

def _make_repr(names):
    showing = set()   # ids of instances whose repr is in progress

    def text_of(self):
        inside = ', '.join([f'{n}={getattr(self, n)!r}' for n in names])
        return f'{self.__class__.__qualname__}({inside})'

    def __repr__(self):
        me = id(self)
        if me in showing:
            return '...'
        showing.add(me)
        try:
            return text_of(self)
        finally:
            showing.discard(me)

    # pprint recognises a generated repr by the qualname of __wrapped__.
    text_of.__name__ = '__repr__'
    text_of.__qualname__ = '__create_fn__.<locals>.__repr__'
    __repr__.__wrapped__ = text_of
    return __repr__


def _make_frozen_guard(which, cls, protected):
    # Writes and deletes are refused for the class itself and, in subclasses, for fields.
    def refused(self, attr):
        return type(self) is cls or attr in protected

    def __setattr__(self, name, value):
        if refused(self, name):
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if refused(self, name):
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__ if which == '__setattr__' else __delattr__


def _signature_doc(cls):
    # The class's call signature, as CPython shows it: every ' -> None' is dropped from the
    # text (even inside a default's repr); no signature gives just the name.
    import inspect
    try:
        sig = inspect.signature(cls)
    except (ValueError, TypeError):
        return cls.__name__
    return cls.__name__ + ''.join(str(sig).split(' -> None'))


# ---- slots --------------------------------------------------------------------------------

def _slots_above(cls):
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        if isinstance(declared, str):
            taken.add(declared)
        elif hasattr(declared, '__next__'):
            # An iterator has been used up by class creation: nothing left to read.
            raise TypeError(f"Slots of '{base.__name__}' cannot be determined")
        else:
            taken.update(declared)
    return taken


def _state_of(self):
    return [getattr(self, f.name) for f in fields(self)]


def _restore(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


_rename(_state_of, '_dataclass_getstate')
_rename(_restore, '_dataclass_setstate')


def _slotted(cls, names, opts):
    above = _slots_above(cls)
    slots = [n for n in names if n not in above]
    if opts.weakref_slot and '__weakref__' not in above:
        slots.append('__weakref__')
    leave_out = set(names)
    leave_out.update(('__dict__', '__weakref__'))
    body = {k: v for k, v in cls.__dict__.items() if k not in leave_out}
    body['__slots__'] = tuple(slots)
    # Set after creation: as with CPython, a metaclass does not see these in the namespace.
    afterwards = {'__qualname__': cls.__qualname__}
    if opts.frozen:
        for hook, fn in (('__getstate__', _state_of), ('__setstate__', _restore)):
            if hook not in body:
                afterwards[hook] = fn
    fresh = type(cls)(cls.__name__, cls.__bases__, body)
    for attr, value in afterwards.items():
        setattr(fresh, attr, value)
    return fresh


# ---- the decorator --------------------------------------------------------------------------

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Turn an annotated class into a data class (usable with or without arguments)."""
    opts = _Options(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                    slots, weakref_slot)

    def wrap(cls):
        # Recorded before anything can fail, as in CPython.
        cls.__dataclass_params__ = opts
        return _ClassJob(cls, opts).run()

    if cls is None:
        return wrap
    return wrap(cls)


# ---- helpers on dataclasses ---------------------------------------------------------------

def fields(class_or_instance):
    """Return the real fields (no ClassVar or InitVar) of a dataclass or instance."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _REAL)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    klass = obj if isinstance(obj, type) else type(obj)
    return hasattr(klass, '__dataclass_fields__')


class _Unfolder:
    """Recursive copy used by asdict/astuple: dataclass instances become whatever `pack`
    makes of their (name, value) pairs; containers are rebuilt as their own type."""

    def __init__(self, pack):
        self.pack = pack

    def __call__(self, value):
        return getattr(self, '_' + self.shape(value))(value)

    @staticmethod
    def shape(value):
        if _is_instance(value):
            return 'record'
        if isinstance(value, dict):
            return 'defaulted' if hasattr(type(value), 'default_factory') else 'mapping'
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            return 'named'
        if isinstance(value, (list, tuple)):
            return 'sequence'
        return 'opaque'

    def _record(self, value):
        return self.pack([(f.name, self(getattr(value, f.name))) for f in fields(value)])

    def _named(self, value):
        return type(value)(*[self(item) for item in value])

    def _sequence(self, value):
        return type(value)(self(item) for item in value)

    def _mapping(self, value):
        return type(value)((self(k), self(v)) for k, v in value.items())

    def _defaulted(self, value):
        made = type(value)(value.default_factory)
        for k, v in value.items():
            made[self(k)] = self(v)
        return made

    def _opaque(self, value):
        return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _Unfolder(dict_factory)(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values, recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _Unfolder(lambda pairs: tuple_factory([v for _, v in pairs]))(obj)


def replace(obj, /, **changes):
    """Make a new instance like obj with some init fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    carried = {}
    for f in obj.__dataclass_fields__.values():
        name, kind = f.name, f._field_type
        if name in changes:
            if not f.init and kind is not _CLASS_LEVEL:
                raise ValueError(f'field {name} is declared with init=False, it cannot '
                                 'be specified with replace()')
        elif f.init and kind is not _CLASS_LEVEL:
            if kind is _INIT_ONLY and f.default is MISSING:
                raise ValueError(f"InitVar {name!r} must be specified with replace()")
            carried[name] = getattr(obj, name)
    return obj.__class__(**changes, **carried)


# ---- make_dataclass -------------------------------------------------------------------------

def _spec_parts(spec):
    """(name, type, default-or-MISSING) from one make_dataclass field spec."""
    if isinstance(spec, str):
        return spec, 'typing.Any', MISSING
    count = len(spec)
    if count not in (2, 3):
        raise TypeError(f'Invalid field: {spec!r}')
    parts = tuple(spec)
    return parts if count == 3 else parts + (MISSING,)


_NAME_RULES = (
    (lambda name, seen: not (isinstance(name, str) and name.isidentifier()),
     'Field names must be valid identifiers: {!r}'),
    (lambda name, seen: keyword.iskeyword(name), 'Field names must not be keywords: {!r}'),
    (lambda name, seen: name in seen, 'Field name duplicated: {!r}'),
)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name[, type[, default or Field]]) specs."""
    notes = {}
    defaults = {}
    for spec in fields:
        name, hint, default = _spec_parts(spec)
        for broken, text in _NAME_RULES:
            if broken(name, notes):
                raise TypeError(text.format(name))
        notes[name] = hint
        if default is not MISSING:
            defaults[name] = default

    body = dict(namespace or {})
    body.update(defaults)
    body['__annotations__'] = notes
    made = types.new_class(cls_name, bases, {}, lambda ns: ns.update(body))
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    made.__module__ = module
    return dataclass(made, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
