"""Data classes (CPython's dataclasses module, written for pyrs).

`@dataclass` reads the annotations of a class and gives it __init__, __repr__, __eq__, the
ordering methods, __hash__, the frozen __setattr__/__delattr__ and __match_args__, as CPython
3.12 does.  The methods are compiled from generated source with exec() in the namespace of
the class's module, so their names, qualified names, annotations, defaults and argument
errors are the ones CPython's have.

pyrs has no `typing` module yet.  While no `typing` defining ClassVar is loaded, an
annotation is a ClassVar when it is an object named ClassVar (or a subscription of one), or a
string 'ClassVar[...]' / 'typing.ClassVar[...]' whose name the class's module does not bind
to something else.  pyrs has no `inspect` either: the class docstring "C(x: int, y: str = 'a')"
is rendered here from the code of the callable that inspect.signature() would look at.
"""

import sys
import types
from abc import update_abstractmethods
import _thread
from types import FunctionType, GenericAlias

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_FACTORY_MARK = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    # What an entry of __dataclass_fields__ is: a real field, a ClassVar or an InitVar.
    # Shown by its module-level name.
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = (
    _FieldKind(label) for label in ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

_NO_METADATA = types.MappingProxyType({})

# Values asdict() and astuple() return as they are (deepcopy would return them too).
_IMMUTABLE_LEAVES = frozenset([
    type(None), bool, int, float, complex, str, bytes, type(Ellipsis),
    type(NotImplemented), types.CodeType, types.BuiltinFunctionType, FunctionType, type,
    range, property,
])


def _repr_guard(method):
    """`method` (a __repr__) made to return '...' when called again for an object whose repr
    is being computed in the same thread."""
    active = set()

    def guarded(self):
        key = (id(self), _thread.get_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(guarded, attr, getattr(method, attr))
    guarded.__dict__.update(method.__dict__)
    guarded.__wrapped__ = method
    return guarded


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        kind = self.type
        name = kind.__name__ if isinstance(kind, type) else repr(kind)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        # name, type and _field_type are filled in when the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = (_NO_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    __repr__ = _repr_guard(__repr__)

    def __set_name__(self, owner, name):
        # The default replaces this Field in the class: it gets the __set_name__ call.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        values = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                  weakref_slot)
        for attr, value in zip(self.__slots__, values):
            setattr(self, attr, value)

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default (a value, or default_factory, a
    function called with no arguments for every new instance), whether it is an __init__
    parameter (init), part of the repr, of the hash (None: when it is compared), of the
    comparisons, keyword-only in __init__, and a read-only mapping of metadata for its users.
    """
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# --- Which annotations are not fields ------------------------------------------------------

def _identifier_end(text, pos):
    # The end of the run of word characters (\w: alphanumeric or '_') from pos.
    while pos < len(text) and (text[pos] == '_' or text[pos].isalnum()):
        pos += 1
    return pos


def _space_end(text, pos):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _leading_name(text):
    """The name a string annotation starts with, as (qualifier or None, name): 'InitVar[int]'
    gives (None, 'InitVar'), ' dc . InitVar' gives ('dc', 'InitVar'); None if the text does not
    start with a name (spaces aside)."""
    start = _space_end(text, 0)
    end = _identifier_end(text, start)
    if end == start:
        return None
    dot = _space_end(text, end)
    if dot < len(text) and text[dot] == '.':
        second = _space_end(text, dot + 1)
        second_end = _identifier_end(text, second)
        if second_end > second:
            return text[start:end], text[second:second_end]
    return None, text[start:end]


def _names_target(annotation, cls, module, test):
    """Does the string `annotation` name an object of `module` that passes `test`?  Only the
    global namespace of the class's module is consulted: a bare name must be bound there, a
    qualified one needs its qualifier bound there to `module`."""
    found = _leading_name(annotation)
    if found is None:
        return False
    qualifier, name = found
    if qualifier is None:
        namespace = sys.modules.get(cls.__module__).__dict__
    else:
        home = sys.modules.get(cls.__module__)
        if not home or home.__dict__.get(qualifier) is not module:
            return False
        namespace = vars(module)
    return bool(namespace) and test(namespace.get(name))


def _is_initvar(obj):
    return obj is InitVar or type(obj) is InitVar


def _is_kw_only_marker(obj):
    return obj is KW_ONLY


def _loaded_typing():
    found = sys.modules.get('typing')
    return found if hasattr(found, 'ClassVar') else None


def _named_classvar(obj):
    # With no typing module: an object named ClassVar, or a subscription of one.
    try:
        for candidate in (obj, getattr(obj, '__origin__', None)):
            if candidate is None or isinstance(candidate, str):
                continue
            if (getattr(candidate, '_name', None) == 'ClassVar'
                    or getattr(candidate, '__name__', None) == 'ClassVar'):
                return True
    except Exception:
        pass
    return False


def _classvar_text(annotation, cls):
    # With no typing module: 'ClassVar[...]' or 'typing.ClassVar[...]', unless the class's
    # module binds the name to something not named ClassVar.
    found = _leading_name(annotation)
    if found is None or found[1] != 'ClassVar':
        return False
    qualifier = found[0]
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', None) or {}
    if qualifier is None:
        return 'ClassVar' not in namespace or _named_classvar(namespace['ClassVar'])
    if qualifier not in namespace:
        return qualifier == 'typing'
    bound = namespace[qualifier]
    return isinstance(bound, types.ModuleType) and bound.__name__ == 'typing'


def _is_classvar(annotation, cls):
    typing = _loaded_typing()
    if typing is None:
        if isinstance(annotation, str):
            return _classvar_text(annotation, cls)
        return _named_classvar(annotation)

    def test(obj):
        return obj is typing.ClassVar or (
            type(obj) is getattr(typing, '_GenericAlias', None)
            and obj.__origin__ is typing.ClassVar)

    if test(annotation):
        return True
    return isinstance(annotation, str) and _names_target(annotation, cls, typing, test)


def _is_kw_only_annotation(annotation, cls):
    if _is_kw_only_marker(annotation):
        return True
    return (isinstance(annotation, str)
            and _names_target(annotation, cls, sys.modules[__name__], _is_kw_only_marker))


def _make_field(cls, name, annotation, kw_only_default):
    """The Field for one annotation of cls, its kind (field, ClassVar, InitVar) recorded."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING  # a slot of the class, not a default
        f = field(default=value)
    f.name = name
    f.type = annotation

    if _is_classvar(annotation, cls):
        kind = _FIELD_CLASSVAR
    elif _is_initvar(annotation) or (
            isinstance(annotation, str)
            and _names_target(annotation, cls, sys.modules[__name__], _is_initvar)):
        kind = _FIELD_INITVAR
    else:
        kind = _FIELD
    f._field_type = kind

    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is not _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {name} is a ClassVar but specifies kw_only')

    # An unhashable default stands for a mutable one, which all instances would share.
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


# --- Generated methods ---------------------------------------------------------------------

def _compile_method(namespace, name, parameters, body, closure=None, returns=MISSING):
    """def name(parameters): body, compiled in `namespace` (the globals of the class's
    module).  The names of `closure` are free variables of the function: its source is nested
    in a function taking them as arguments (so a body line is line 3 of "<string>")."""
    closure = dict(closure or {})
    arrow = ''
    if returns is not MISSING:
        closure['__dataclass_return_type__'] = returns
        arrow = '->__dataclass_return_type__'
    lines = [f"def __create_fn__({', '.join(closure)}):",
             f" def {name}({','.join(parameters)}){arrow}:"]
    lines.extend(f'  {line}' for line in body)
    lines.append(f' return {name}')
    scope = {}
    exec('\n'.join(lines), namespace, scope)
    return scope['__create_fn__'](**closure)


def _attribute_tuple(owner, flds):
    # '(self.a,self.b,)', or '()' for no fields.
    if not flds:
        return '()'
    return '(' + ''.join(f'{owner}.{f.name},' for f in flds) + ')'


def _make_init(init_fields, positional, keyword_only, frozen, post_init, self_name,
               namespace, slots):
    """The generated __init__; init_fields are the fields and InitVars in order."""
    defaulted = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    closure = {f'__dataclass_type_{f.name}__': f.type for f in init_fields}
    closure['__dataclass_HAS_DEFAULT_FACTORY__'] = _FACTORY_MARK
    closure['__dataclass_builtins_object__'] = object

    def store(f, value):
        if frozen:
            return (f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},'
                    f'{value})')
        return f'{self_name}.{f.name}={value}'

    body = []
    for f in init_fields:
        default_var = f'__dataclass_dflt_{f.name}__'
        factory = f.default_factory
        if factory is not MISSING:
            closure[default_var] = factory
            if f.init:
                value = (f'{default_var}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f'{default_var}()'
        elif f.init:
            if f.default is not MISSING:
                closure[default_var] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            # No class attribute holds the default of a slotted class.
            closure[default_var] = f.default
            value = default_var
        else:
            continue  # the class attribute gives the default
        if f._field_type is not _FIELD_INITVAR:
            body.append(store(f, value))
    if post_init:
        initvars = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')

    def parameter(f):
        text = f'{f.name}:__dataclass_type_{f.name}__'
        if f.default is not MISSING:
            return f'{text}=__dataclass_dflt_{f.name}__'
        if f.default_factory is MISSING:
            return text
        return f'{text}=__dataclass_HAS_DEFAULT_FACTORY__'

    parameters = [self_name] + [parameter(f) for f in positional]
    if keyword_only:
        parameters.append('*')
        parameters.extend(parameter(f) for f in keyword_only)
    return _compile_method(namespace, '__init__', parameters, body or ['pass'], closure,
                           returns=None)


def _make_repr(flds, namespace):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    method = _compile_method(namespace, '__repr__', ['self'],
                             [f'return self.__class__.__qualname__ + f"({shown})"'])
    return _repr_guard(method)


def _make_comparison(name, op, flds, namespace):
    # Only instances of the very same class compare; their field tuples are compared.
    return _compile_method(namespace, name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {_attribute_tuple("self", flds)}{op}{_attribute_tuple("other", flds)}',
        'return NotImplemented'])


def _make_hash(flds, namespace):
    return _compile_method(namespace, '__hash__', ['self'],
                           [f'return hash({_attribute_tuple("self", flds)})'])


def _make_frozen_guards(cls, flds, namespace):
    # Instances of cls itself refuse every assignment and deletion; instances of subclasses
    # only those of the fields.
    test = 'type(self) is cls'
    if flds:
        test += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    closure = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile_method(namespace, '__setattr__', ['self', 'name', 'value'], [
        f'if {test}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], closure)
    deleter = _compile_method(namespace, '__delattr__', ['self', 'name'], [
        f'if {test}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], closure)
    return setter, deleter


def _as_method_of(cls, function):
    if isinstance(function, FunctionType):
        function.__qualname__ = f'{cls.__qualname__}.{function.__name__}'
    return function


def _add_method(cls, name, function):
    """Set the method unless the class body defines `name`; True if it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _as_method_of(cls, function))
    return False


def _hash_plan(unsafe_hash, eq, frozen, explicit_hash):
    """What happens to __hash__: 'add', 'none' (set to None) or None (left alone)."""
    if unsafe_hash:
        if explicit_hash:
            return 'raise'
        return 'add'
    if explicit_hash or not eq:
        return None
    return 'add' if frozen else 'none'


# --- The class docstring: the text of inspect.signature(cls) -------------------------------

_POSITIONAL_ONLY, _POSITIONAL, _STAR_ARGS, _KEYWORD_ONLY, _STAR_KWARGS = range(5)
_ABSENT = object()


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        # Every dotted name in the repr loses a leading 'typing.'.
        text = repr(annotation)
        out = []
        pos = 0
        while pos < len(text):
            end = pos
            while end < len(text) and (text[end] in '._' or text[end].isalnum()):
                end += 1
            if end == pos:
                out.append(text[pos])
                pos += 1
            else:
                out.append(text[pos:end].removeprefix('typing.'))
                pos = end
        return ''.join(out)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _render_signature(parameters, returns):
    parts = []
    slash_due = False
    star_seen = False
    for kind, name, annotation, default in parameters:
        if slash_due and kind != _POSITIONAL_ONLY:
            parts.append('/')
            slash_due = False
        if kind == _POSITIONAL_ONLY:
            slash_due = True
        elif kind == _STAR_ARGS:
            star_seen = True
        elif kind == _KEYWORD_ONLY and not star_seen:
            parts.append('*')
            star_seen = True
        text = name
        if annotation is not _ABSENT:
            text += ': ' + _format_annotation(annotation)
        if default is not _ABSENT:
            text += (' = ' if annotation is not _ABSENT else '=') + repr(default)
        parts.append({_STAR_ARGS: '*', _STAR_KWARGS: '**'}.get(kind, '') + text)
    if slash_due:
        parts.append('/')
    text = '(' + ', '.join(parts) + ')'
    if returns is not _ABSENT:
        text += ' -> ' + _format_annotation(returns)
    return text


def _function_parameters(function):
    code = function.__code__
    names = code.co_varnames
    annotations = function.__annotations__ or {}
    defaults = function.__defaults__ or ()
    kw_defaults = function.__kwdefaults__ or {}
    count = code.co_argcount
    first_default = count - len(defaults)
    result = []
    for index in range(count):
        kind = _POSITIONAL_ONLY if index < code.co_posonlyargcount else _POSITIONAL
        default = defaults[index - first_default] if index >= first_default else _ABSENT
        result.append((kind, names[index], annotations.get(names[index], _ABSENT), default))
    next_name = count + code.co_kwonlyargcount
    if code.co_flags & 0x04:
        name = names[next_name]
        result.append((_STAR_ARGS, name, annotations.get(name, _ABSENT), _ABSENT))
        next_name += 1
    for name in names[count:count + code.co_kwonlyargcount]:
        result.append((_KEYWORD_ONLY, name, annotations.get(name, _ABSENT),
                       kw_defaults.get(name, _ABSENT)))
    if code.co_flags & 0x08:
        name = names[next_name]
        result.append((_STAR_KWARGS, name, annotations.get(name, _ABSENT), _ABSENT))
    return result, annotations.get('return', _ABSENT)


def _without_self(signature):
    parameters, returns = signature
    if not parameters or parameters[0][0] in (_KEYWORD_ONLY, _STAR_KWARGS):
        raise ValueError('invalid method signature')
    if parameters[0][0] != _STAR_ARGS:
        parameters = parameters[1:]
    return parameters, returns


_BUILTIN_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                      types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _python_attribute(owner, name):
    # owner.name when it is not implemented in the interpreter itself.
    try:
        found = getattr(owner, name)
    except AttributeError:
        return None
    return None if isinstance(found, _BUILTIN_CALLABLES) else found


def _callable_signature(target, depth=0):
    if depth > 30 or not callable(target):
        raise TypeError('not a callable object')
    if isinstance(target, types.MethodType):
        return _without_self(_callable_signature(target.__func__, depth + 1))
    seen = []
    while (hasattr(target, '__wrapped__') and not hasattr(target, '__signature__')
           and not isinstance(target, types.MethodType)):
        if any(target is item for item in seen):
            raise ValueError('wrapper loop')
        seen.append(target)
        target = target.__wrapped__
    if isinstance(target, types.MethodType):
        return _callable_signature(target, depth + 1)
    if getattr(target, '__signature__', None) is not None:
        raise ValueError('__signature__ objects are not supported')
    if isinstance(target, FunctionType):
        return _function_parameters(target)
    if isinstance(target, (type, staticmethod, classmethod) + _BUILTIN_CALLABLES):
        raise ValueError('no signature found')
    call = _python_attribute(type(target), '__call__')
    if call is None:
        raise ValueError('no signature found')
    return _without_self(_callable_signature(call, depth + 1))


def _class_signature(cls):
    """str(inspect.signature(cls)); TypeError or ValueError when there is none."""
    meta_call = _python_attribute(type(cls), '__call__')
    if meta_call is not None:
        return _render_signature(*_without_self(_callable_signature(meta_call)))
    new = _python_attribute(cls, '__new__')
    init = _python_attribute(cls, '__init__')
    for klass in cls.__mro__:
        if new is not None and '__new__' in klass.__dict__:
            return _render_signature(*_without_self(_callable_signature(new)))
        if init is not None and '__init__' in klass.__dict__:
            return _render_signature(*_without_self(_callable_signature(init)))
    for klass in cls.__mro__[:-1]:
        if getattr(klass, '__text_signature__', None):
            raise ValueError('text signatures are not supported')
    if type in cls.__mro__:
        raise ValueError('no signature found for a metaclass')
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    raise ValueError(f'no signature found for builtin type {cls!r}')


# --- The decorator -------------------------------------------------------------------------

def _own_annotations(cls):
    annotations = cls.__dict__.get('__annotations__')
    if annotations is None or isinstance(annotations, types.GetSetDescriptorType):
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f'{cls!r}.__annotations__ is neither a dict nor None')
    return dict(annotations)


def _process_class(cls, params):
    home = sys.modules.get(cls.__module__)
    namespace = {} if home is None else vars(home)
    cls.__dataclass_params__ = params
    kw_only = params.kw_only

    # The fields of the dataclasses among the bases, the most basic first: a class
    # redefining a field keeps its place.
    all_fields = {}
    dataclass_bases = False
    frozen_base = False
    for base in cls.__mro__[:0:-1]:
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is None:
            continue
        dataclass_bases = True
        for f in inherited.values():
            all_fields[f.name] = f
        frozen_base = frozen_base or bool(base.__dataclass_params__.frozen)

    annotations = _own_annotations(cls)
    marker_seen = False
    own_fields = []
    for name, annotation in annotations.items():
        if _is_kw_only_annotation(annotation, cls):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been '
                                'specified')
            marker_seen = True
            kw_only = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only))

    for own in own_fields:
        all_fields[own.name] = own
        # A Field given as class attribute gives way to its default (or to nothing).
        if not isinstance(getattr(cls, own.name, None), Field):
            continue
        if own.default is MISSING:
            delattr(cls, own.name)
        else:
            setattr(cls, own.name, own.default)

    unannotated = [attr for attr, value in cls.__dict__.items()
                   if isinstance(value, Field) and attr not in annotations]
    if unannotated:
        raise TypeError(f'{unannotated[0]!r} is a field but has no type annotation')

    if dataclass_bases:
        if frozen_base and not params.frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if params.frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = all_fields

    # A __hash__ of None beside an __eq__ in the class body is the one Python put there.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (
        own_hash is None and '__eq__' in cls.__dict__)

    if params.order and not params.eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]

    if params.init:
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        method = _make_init(init_fields, positional, keyword_only, params.frozen,
                            hasattr(cls, '__post_init__'), self_name, namespace,
                            params.slots)
        _add_method(cls, '__init__', method)

    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real_fields if f.compare]

    if params.repr:
        _add_method(cls, '__repr__', _make_repr([f for f in real_fields if f.repr], namespace))

    if params.eq:
        _add_method(cls, '__eq__', _make_comparison('__eq__', '==', compared, namespace))

    if params.order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _add_method(cls, name, _make_comparison(name, op, compared, namespace)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if params.frozen:
        for method in _make_frozen_guards(cls, real_fields, namespace):
            if _add_method(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} in class '
                                f'{cls.__name__}')

    plan = _hash_plan(bool(params.unsafe_hash), bool(params.eq), bool(params.frozen),
                      explicit_hash)
    if plan == 'raise':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _as_method_of(cls, _make_hash(hashed, namespace))

    if not cls.__doc__:
        try:
            signature = _class_signature(cls).replace(' -> None', '')
        except (ValueError, TypeError):
            signature = ''    # inspect.signature() would fail too
        cls.__doc__ = cls.__name__ + signature

    if params.match_args:
        _add_method(cls, '__match_args__', tuple(f.name for f in positional))

    if params.weakref_slot and not params.slots:
        raise TypeError('weakref_slot is True but slots is False')
    if params.slots:
        cls = _with_slots(cls, params.frozen, params.weakref_slot)

    update_abstractmethods(cls)
    return cls


def _declared_slots(cls):
    # The names in the __slots__ of the class body.
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return slots


# __getstate__/__setstate__ of frozen slotted classes: the state is the list of field values.
def _dataclass_getstate(self):
    return [getattr(self, fld.name) for fld in fields(self)]


def _dataclass_setstate(self, state):
    put = object.__setattr__    # the class's own __setattr__ refuses
    for fld, value in zip(fields(self), state):
        put(self, fld.name, value)


def _with_slots(cls, frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (slots cannot be added to a class)."""
    if '__slots__' in vars(cls):
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    # (.items(): pyrs's dict() does not take a mappingproxy yet)
    body = dict(cls.__dict__.items())
    names = [f.name for f in fields(cls)]
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(base))
    wanted = names + ['__weakref__'] if weakref_slot else names
    body['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in names:
        body.pop(name, None)
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, body)
    new_cls.__qualname__ = cls.__qualname__     # not just the name, for nested classes
    if frozen:
        # For pickle and copy: a frozen slotted instance has no __dict__ to restore.
        if '__getstate__' not in body:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in body:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator turning the annotations of a class into fields and adding the
    methods they imply: __init__ (init), __repr__ (repr), __eq__ (eq), __lt__/__le__/__gt__/
    __ge__ (order), __hash__ (unsafe_hash, or eq with frozen), read-only instances (frozen),
    __match_args__ (match_args).  kw_only makes every field keyword-only in __init__; slots
    returns a new class with __slots__ (and __weakref__ with weakref_slot).  Usable as
    @dataclass or @dataclass(...).
    """
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
               weakref_slot)

    def decorate(cls):
        return _process_class(cls, _DataclassParams(*options))

    if cls is None:
        return decorate
    return decorate(cls)


# --- Helper functions ----------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or dataclass instance, in order (ClassVars and
    InitVars left out)."""
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _dataclass_object(obj):
    # An instance (not the class itself) of a dataclass?
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _convert(obj, make_instance):
    # asdict/astuple: dataclass instances become what make_instance(instance) builds; lists,
    # tuples (namedtuples too) and dicts are rebuilt with converted items; other values are
    # deep copies.
    if type(obj) in _IMMUTABLE_LEAVES:
        return obj
    if _dataclass_object(obj):
        return make_instance(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, make_instance) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, make_instance) for item in obj)
    if isinstance(obj, dict):
        kind = type(obj)
        if hasattr(kind, 'default_factory'):
            # A defaultdict is made from its factory, then filled.
            result = kind(obj.default_factory)
            for key, value in obj.items():
                result[_convert(key, make_instance)] = _convert(value, make_instance)
            return result
        return kind((_convert(key, make_instance), _convert(value, make_instance))
                    for key, value in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict {name: value} (or what dict_factory
    makes of the list of (name, value) pairs).  Dataclass instances among the values are
    converted too, also inside lists, tuples and dicts; other values are deep copies."""
    if not _dataclass_object(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def make_instance(instance):
        pairs = [(f.name, _convert(getattr(instance, f.name), make_instance))
                 for f in fields(instance)]
        return dict(pairs) if dict_factory is dict else dict_factory(pairs)

    return make_instance(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a new tuple (or what tuple_factory makes
    of their list), converted as asdict() converts them."""
    if not _dataclass_object(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def make_instance(instance):
        return tuple_factory([_convert(getattr(instance, f.name), make_instance)
                              for f in fields(instance)])

    return make_instance(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class, made by __init__ with the values of obj's fields
    except those given as keyword arguments (InitVars without default must be given)."""
    if not _dataclass_object(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for fld in obj.__dataclass_fields__.values():
        kind = fld._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = fld.name in changes
        if not fld.init:
            if given:
                raise ValueError(f'field {fld.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if given:
            continue
        if kind is _FIELD_INITVAR and fld.default is MISSING:
            raise ValueError(f'InitVar {fld.name!r} must be specified with replace()')
        changes[fld.name] = getattr(obj, fld.name)   # kept from obj
    maker = obj.__class__
    return maker(**changes)


# keyword.kwlist of Python 3.12, used when there is no keyword module.
_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else '
    'except finally for from global if import in is lambda nonlocal not or pass raise '
    'return try while with yield'.split())


def _is_keyword(name):
    try:
        import keyword
    except ImportError:
        return name in _KEYWORDS
    return keyword.iskeyword(name)


def _caller_module(depth):
    """__name__ of the globals `depth` frames above our caller; None when frames cannot be
    inspected."""
    try:
        frame = sys._getframe(depth + 1)
    except (ValueError, AttributeError):
        return None
    return frame.f_globals.get('__name__', '__main__')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name.  Each item of `fields` is a name (annotated
    'typing.Any'), a (name, type) pair or a (name, type, field(...)) triple; bases and
    namespace are as for type(); module sets __module__ (default: the caller's module); the
    other keywords are dataclass()'s."""
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, defaults[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _is_keyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(defaults)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        cls.__module__ = module
    options = dict(init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                   frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                   weakref_slot=weakref_slot)
    return dataclass(cls, **options)
