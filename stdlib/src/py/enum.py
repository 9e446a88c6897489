"""Enumerations (CPython's enum module, written for pyrs).

How a class statement becomes an enumeration:

* `EnumType.__prepare__` gives the class body an `_EnumNamespace`.  That mapping sorts each
  binding into "member" or "ordinary attribute" as it is made, turns `auto()` into values,
  and refuses a member name that is bound twice.
* `EnumType.__new__` puts a `_Pending` marker in place of every member value and hands the
  body to `type.__new__`.  `type.__new__` offers each attribute the new class through
  `__set_name__`; the marker uses that call to build its member (or to find the member it
  is an alias of).  The members therefore exist by the time `__init_subclass__` runs.
* The metaclass then decides which `__repr__`, `__str__`, `__format__` and `__reduce_ex__`
  the class ends up with, gives flag classes the flag operators, and checks `_order_`.

A `Flag` value that no member holds becomes a cached pseudo-member, or is refused, as the
class's `FlagBoundary` says.
"""

import sys
import builtins as _builtins
from types import DynamicClassAttribute, MappingProxyType

__all__ = [
    # the classes
    'EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    # what a Flag does with values outside its members
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    # class-body helpers and decorators
    'auto', 'member', 'nonmember', 'property', 'unique', 'verify',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'global_enum', 'global_enum_repr', 'global_flag_repr', 'global_str',
    'pickle_by_enum_name', 'pickle_by_global_name',
]

# The metaclass looks these up while the classes are still being defined; each class
# statement below rebinds its name.
Enum = ReprEnum = Flag = None


# --- names -----------------------------------------------------------------------------

def _wrapped(name, fence):
    """Whether `name` is `fence`, some text, `fence` again, where the text neither starts
    nor ends with an underscore: `_x_` for the fence '_', `__x__` for '__'."""
    width = len(fence)
    if len(name) <= 2 * width or not (name.startswith(fence) and name.endswith(fence)):
        return False
    core = name[width:-width]
    return core[0] != '_' and core[-1] != '_'


def _mangled(owner, name):
    """Whether `name` is a private name as the compiler writes it inside class `owner`
    (`__secret` becomes `_Owner__secret`)."""
    head = '_%s__' % (owner,)
    return len(name) > len(head) and name.startswith(head) and not name.endswith('__')


def _binds(obj):
    """Whether `obj` takes part in attribute binding: such objects stay ordinary class
    attributes instead of becoming members."""
    for hook in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, hook):
            return True
    return False


def _nested_class(owner, obj):
    """Whether `obj` is a class whose statement sits in the body of the class `owner`."""
    if not isinstance(obj, type):
        return False
    path = '.' + getattr(obj, '__qualname__', '')
    return path.endswith('.%s.%s' % (owner, getattr(obj, '__name__', '')))


# --- bits ------------------------------------------------------------------------------

def _one_bit(num):
    """Whether exactly one bit of `num` is set (works on int-valued flag members too)."""
    if num == 0:
        return False
    return num & (num - 1) == 0


def _top_bit(num):
    """Position of the highest set bit; -1 for zero."""
    return num.bit_length() - 1


def _bits_low_first(num):
    """Yield the powers of two that add up to `num` (an int or an int-valued member),
    smallest first."""
    rest = num.value if isinstance(num, Enum) else num
    if rest < 0:
        raise ValueError('%r is not a positive integer' % num)
    while rest:
        lowest = rest & -rest
        yield lowest
        rest -= lowest


def show_flag_values(value):
    """The powers of two that make up `value`, smallest first."""
    return list(_bits_low_first(value))


def bin(num, max_bits=None):
    """Two's-complement text for `num`: a sign part ('0b0' or '0b1'), a space, the digits.

    Negative numbers are written in as many digits as `num.bit_length()`; `max_bits`, when
    larger, widens the digits by repeating the sign bit:

    >>> bin(6), bin(-6), bin(6, 5)
    ('0b0 110', '0b1 010', '0b0 00110')
    """
    if num < 0:
        width = num.bit_length()
        sign, digits = '0b1', format(num % (1 << width), '0%db' % width)
    else:
        sign, digits = '0b0', format(num, 'b') if num else ''
    if max_bits is not None:
        digits = digits.rjust(max_bits, sign[-1])
    return sign + ' ' + digits


# --- class-body markers ----------------------------------------------------------------

class _NoValue:
    """Type of the marker held by an `auto()` that has not been given a value yet."""

    __slots__ = ()

    def __repr__(self):
        return '_auto_null'


_NO_VALUE = _NoValue()


class auto:
    """Placeholder for a member value: the enum class fills it in through its
    `_generate_next_value_` when the member is defined."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class _Wrapper:
    """A class-body value wrapped to say what the enum should make of it."""

    def __init__(self, value):
        self.value = value


class nonmember(_Wrapper):
    """Wrapper for a class-body value that must stay a plain attribute, never a member."""


class member(_Wrapper):
    """Wrapper for a class-body value that must become a member (a function, say)."""


# How a `property` made for a member whose name collides with a data-type descriptor reads
# the attribute from a member: from the member's value.
_FROM_VALUE = object()


class property(DynamicClassAttribute):
    """An attribute of enum members that their class does not share.

    Read from a member it works like the built-in property.  Read from the class it gives
    the member it was made for -- enums use one to keep a member reachable whose name an
    inherited attribute already takes (a member called `name` or `value`) -- and otherwise
    raises AttributeError.
    """

    member = None
    _source = None   # where a member finds the attribute when there is no getter

    def __set_name__(self, ownerclass, name):
        # the attribute name, and the class named in the errors of __set__/__delete__
        self.clsname, self.name = ownerclass.__name__, name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        source = self._source
        if source is _FROM_VALUE:
            return getattr(instance._value_, self.name)
        if source is not None:
            return getattr(source, self.name)
        members = ownerclass._member_map_
        if self.name not in members:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        return members[self.name]

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                '<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                '<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        return self.fdel(instance)


def _fields_repr(self):
    """Value repr for a dataclass data type: its repr'd fields without the class name."""
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (key, getattr(self, key))
                     for key in fields if fields[key].repr)


# --- making members --------------------------------------------------------------------

class _Pending:
    """Sits in the class dict in place of a member until `type.__new__` calls
    `__set_name__`, which builds the member."""

    __slots__ = ('raw', 'flag')

    def __init__(self, raw, flag):
        self.raw = raw
        self.flag = flag

    def __set_name__(self, enum_class, name):
        _materialize(enum_class, name, self.raw, self.flag)


def _materialize(enum_class, name, raw, is_flag):
    """Create the member `name` of `enum_class` from the class-body value `raw`, or make
    `name` an alias of the member that already has its value, and record it."""
    # The slot is emptied now and filled again below, so members follow the other
    # attributes in the class dict.
    delattr(enum_class, name)
    data_type = enum_class._member_type_
    args = raw if isinstance(raw, tuple) else (raw,)
    if data_type is tuple:
        args = (args,)            # a tuple value is the single argument of tuple()
    construct = enum_class._new_member_
    if enum_class._use_args_:
        candidate = construct(enum_class, *args)
    else:
        candidate = construct(enum_class)
    if not hasattr(candidate, '_value_'):
        if data_type is object:
            candidate._value_ = raw
        else:
            try:
                candidate._value_ = data_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = candidate._value_
    candidate._name_ = name
    candidate.__objclass__ = enum_class
    candidate.__init__(*args)
    candidate._sort_order_ = len(enum_class._member_names_)

    if is_flag:
        enum_class._flag_mask_ |= value
        if _one_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1

    earlier = _holder_of(enum_class, value)
    if earlier is not None:
        candidate = earlier
    elif not is_flag or _one_bit(value):
        # A new value makes a canonical member -- except in a flag, where only single bits
        # do: a value of several bits (or none) is listed in _member_map_ alone.
        enum_class._member_names_.append(name)

    _attach(enum_class, name, candidate)
    enum_class._member_map_[name] = candidate
    try:
        enum_class._value2member_map_.setdefault(value, candidate)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _holder_of(enum_class, value):
    """The member of `enum_class` whose value is `value`, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    for known in enum_class._member_map_.values():
        if known._value_ == value:
            return known
    return None


def _attach(enum_class, name, made):
    """Bind `made` as the class attribute `name`.

    When a base class already has an attribute of that name, members must keep seeing the
    inherited behaviour, so an enum `property` is bound instead: it gives `made` on the
    class and defers to the inherited attribute on members.
    """
    template = owner = mode = None
    for base in enum_class.__mro__[1:]:
        inherited = base.__dict__.get(name)
        if inherited is None:
            continue
        if isinstance(inherited, DynamicClassAttribute):
            template, owner, mode = inherited, base, 'enum'
            break
        if _binds(inherited):
            template = inherited
            owner = owner or base
            mode = mode or 'descriptor'
        else:
            owner, mode = base, 'plain'
    if not template:
        setattr(enum_class, name, made)
        return
    stand_in = property()
    stand_in.member = made
    stand_in.__set_name__(enum_class, name)
    if mode == 'plain':
        stand_in._source = owner
    else:
        stand_in.fget = getattr(template, 'fget', None)
        stand_in.fset = getattr(template, 'fset', None)
        stand_in.fdel = getattr(template, 'fdel', None)
        if mode == 'descriptor':
            stand_in._source = _FROM_VALUE
    setattr(enum_class, name, stand_in)


# --- the class-body namespace ----------------------------------------------------------

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_ignore_', '_missing_', '_numeric_repr_', '_generate_next_value_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _EnumNamespace(dict):
    """The mapping an enum class body runs in.

    Besides the bindings it keeps: the member names in definition order (`_names`), the
    values members received so far (`_history`, handed to `_generate_next_value_`), the
    names `_ignore_` lists (`_skip`), the function that fills in `auto()`
    (`_next_value`), and whether that function has been used yet.
    """

    def __init__(self, owner=None):
        super().__init__()
        self._owner = owner
        self._names = {}
        self._history = []
        self._skip = []
        self._next_value = None
        self._auto_used = False

    def __setitem__(self, key, value):
        owner = self._owner
        if _nested_class(owner, value):
            import warnings
            warnings.warn(
                'In 3.13 classes created inside an enum will not become a member.  '
                'Use the `member` decorator to keep the current behavior.',
                DeprecationWarning, stacklevel=2)
        if _mangled(owner, key):
            pass
        elif _wrapped(key, '_'):
            value = self._reserved(key, value)
        elif _wrapped(key, '__'):
            if key == '__order__':
                key = '_order_'
        elif key in self._names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._skip:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not _binds(value):
            # A new member.  auto() is resolved right here, not in a helper: the default
            # _generate_next_value_ warns with stacklevel=3, which must reach the class body.
            if key in self:
                # the name is already bound to a method, property, ...
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            lone = isinstance(value, auto)
            parts = (value,) if lone else value
            automatic = type(parts) is tuple and any(isinstance(p, auto) for p in parts)
            if automatic:
                filled = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value is _NO_VALUE:
                            part.value = self._next_value(
                                key, 1, len(self._names), self._history[:])
                            self._auto_used = True
                        part = part.value
                        self._history.append(part)
                    filled.append(part)
                value = filled[0] if lone else tuple(filled)
            else:
                self._history.append(value)
            self._names[key] = None
        super().__setitem__(key, value)

    def _reserved(self, key, value):
        """Vet the _sunder_ binding `key`; returns the value to store."""
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_generate_next_value_':
            if self._auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._skip = value
            taken = set(value) & set(self._names)
            if taken:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (taken,))
        return value

    def update(self, members=(), **more_members):
        if hasattr(members, 'keys'):
            pairs = [(key, members[key]) for key in members.keys()]
        else:
            pairs = members
        for key, value in pairs:
            self[key] = value
        for key, value in more_members.items():
            self[key] = value


# --- class-creation helpers ------------------------------------------------------------

def _refuse_extending(class_name, bases):
    """An enum with members is final: raise when one of `bases` has members."""
    for base in bases:
        for ancestor in base.__mro__:
            if isinstance(ancestor, EnumType) and ancestor._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, ancestor))


def _enum_bases(class_name, bases):
    """(the data type members are instances of, the enum class being derived from)."""
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(class_name, bases) or object, last


def _data_type(class_name, bases):
    """The one data type mixed into `bases` (a class with its own `__new__`, a dataclass,
    or an enum's data type), or None; refuses two of them."""
    found = set()
    for base in bases:
        first_plain = None
        for ancestor in base.__mro__:
            if ancestor is object:
                continue
            if isinstance(ancestor, EnumType):
                if ancestor._member_type_ is not object:
                    found.add(ancestor._member_type_)
                    break
                continue
            own = ancestor.__dict__
            if '__new__' in own or '__dataclass_fields__' in own:
                found.add(first_plain or ancestor)
                break
            if first_plain is None:
                first_plain = ancestor
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, found))
    return found.pop() if found else None


def _value_repr_for(bases):
    """The function that shows member values in reprs: the data type's own `__repr__`
    (None means the built-in repr)."""
    for base in bases:
        for ancestor in base.__mro__:
            if ancestor is object:
                continue
            if isinstance(ancestor, EnumType):
                return ancestor._value_repr_
            own = ancestor.__dict__
            if '__repr__' not in own:
                continue
            params = own.get('__dataclass_params__')
            if '__dataclass_fields__' in own and params is not None and params.repr:
                return _fields_repr
            return own['__repr__']
    return None


def _member_constructor(body, data_type, base_enum):
    """(the callable that creates members, whether it is the class's own `__new__` and must
    be kept as `__new_member__`, whether it takes the member value as arguments)."""
    own = body.get('__new__')
    if own is not None:
        return own, base_enum is not None, _wants_args(own, base_enum)
    trivial = (None, None.__new__, object.__new__, getattr(Enum, '__new__', None))
    for attr in ('__new_member__', '__new__'):
        for source in (data_type, base_enum):
            found = getattr(source, attr, None)
            if found not in trivial:
                return found, False, _wants_args(found, base_enum)
    return object.__new__, False, False


def _wants_args(construct, base_enum):
    if base_enum is None:
        return False
    return construct not in (object.__new__, getattr(Enum, '__new__', None))


_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


def _settle_methods(enum_class, body, bases, data_type, base_enum, is_flag):
    """Choose the class's text and pickling methods and give flags their operators."""
    if ReprEnum is not None and ReprEnum in bases:
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        # A ReprEnum keeps the data type's str() and format(); only repr() is the enum's.
        if '__format__' not in body:
            enum_class.__format__ = body['__format__'] = data_type.__format__
        if '__str__' not in body:
            as_text = data_type.__str__
            if as_text is object.__str__:
                as_text = data_type.__repr__
            enum_class.__str__ = body['__str__'] = as_text
    # Unless the class body chose otherwise, the enum's methods win over the data type's
    # (and object's), which would show or pickle members as plain values.
    for hook in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if hook in body:
            continue
        if getattr(enum_class, hook) in (getattr(data_type, hook), getattr(object, hook)):
            setattr(enum_class, hook, getattr(base_enum, hook))
    # The flag operators go ahead of a data type's (int.__or__ would lose the flag).
    if is_flag and Flag is not None:
        for hook in _FLAG_OPERATORS:
            if hook not in body:
                setattr(enum_class, hook, getattr(Flag, hook))


def _check_order(enum_class, order, is_flag):
    """Compare `_order_` with the canonical members; aliases (and, for flags, values of
    several bits) in `_order_` are passed over."""
    if order is None:
        return
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    if not order:
        return
    members = enum_class._member_map_
    if is_flag:
        order = [key for key in order
                 if key not in members or _one_bit(members[key]._value_)]
        if not order:
            return
    canonical = enum_class._member_names_
    order = [key for key in order if key not in members or key in canonical]
    if order != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, order))


def _without_notes(exc):
    """A copy of `exc` (same type, message, cause and context) without the note
    `type.__new__` adds to errors from `__set_name__`: that note would name `_Pending`."""
    try:
        copy = type(exc)(str(exc))
    except Exception:
        return exc
    copy.__cause__ = exc.__cause__
    copy.__context__ = exc.__context__
    return copy.with_traceback(exc.__traceback__)


def _caller_module():
    """`__name__` of the module whose code called into this module, or None when the
    stack cannot tell.  (The nearest frame running outside this module is taken rather
    than a frame at a fixed depth, which pyrs's frame chain does not always keep.)"""
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return None
    ours = globals()
    while frame is not None:
        if frame.f_globals is not ours:
            return frame.f_globals.get('__name__')
        frame = frame.f_back
    return None


def _refuse_pickling(namespace):
    """Make a class (given by its namespace) whose module is unknown refuse to pickle."""
    def __reduce_ex__(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    namespace['__reduce_ex__'] = __reduce_ex__
    namespace['__module__'] = '<unknown>'


def _functional_members(names, base_enum, start):
    """Yield (name, value) for the `names` argument of the functional API."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        given = []
        for count, key in enumerate(names):
            value = base_enum._generate_next_value_(key, start, count, given[:])
            given.append(value)
            yield key, value
        return
    for item in (() if names is None else names):
        if isinstance(item, str):
            yield item, names[item]
        else:
            key, value = item
            yield key, value


# --- the metaclass ---------------------------------------------------------------------

class EnumType(type):
    """Metaclass of the enumerations: turns a class body into members and makes the class
    a read-only container of them."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        namespace = _EnumNamespace(cls)
        base_enum = _enum_bases(cls, bases)[1]
        if base_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                base_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _flag_root=False, **kwds):
        for key in list(classdict.get('_ignore_', ())) + ['_ignore_']:
            classdict.pop(key, None)
        names = list(classdict._names)
        invalid = [key for key in names if key in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(key) for key in invalid))
        order = classdict.pop('_order_', None)
        next_value = classdict.get('_generate_next_value_')
        body = dict(classdict.items())
        if next_value is not None and type(next_value) is not staticmethod:
            body['_generate_next_value_'] = staticmethod(next_value)

        data_type, base_enum = _enum_bases(cls, bases)
        construct, keep_new, use_args = _member_constructor(body, data_type, base_enum)
        is_flag = _flag_root or (Flag is not None
                                 and any(issubclass(base, Flag) for base in bases))
        body['_new_member_'] = construct
        body['_use_args_'] = use_args
        for key in names:
            body[key] = _Pending(body[key], is_flag)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = data_type
        body['_value_repr_'] = _value_repr_for(bases)
        if is_flag:
            body['_boundary_'] = boundary or getattr(base_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None

        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except Exception as exc:
            failure = exc
        if failure is not None:
            raise _without_notes(failure)

        # __init_subclass__ may have set attributes; they count as the class's own.
        body.update(enum_class.__dict__.items())
        _settle_methods(enum_class, body, bases, data_type, base_enum, is_flag)
        if Enum is not None:
            if keep_new:
                enum_class.__new_member__ = construct
            # Calling the class looks members up; it never makes new ones.
            enum_class.__new__ = Enum.__new__
        if is_flag and Flag is not None:
            values = [each._value_ for each in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        _check_order(enum_class, order, is_flag)
        return enum_class

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __bool__(cls):
        # an enum class is true even when len() is 0
        return True

    # -- the class as a container of its members

    def __len__(cls):
        """How many canonical members there are."""
        return len(cls._member_names_)

    def __iter__(cls):
        """The canonical members, in definition order."""
        table = cls._member_map_
        return (table[key] for key in cls._member_names_)

    def __reversed__(cls):
        """The canonical members, last defined first."""
        table = cls._member_map_
        return (table[key] for key in reversed(cls._member_names_))

    def __contains__(cls, value):
        """Whether `value` is a member of the class or the value of one."""
        return (isinstance(value, cls) or value in cls._value2member_map_
                or value in cls._unhashable_values_)

    def __getitem__(cls, name):
        """The member called `name` (aliases included)."""
        return cls._member_map_[name]

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name, aliases included, to its member."""
        return MappingProxyType(cls._member_map_)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """`Color(1)`: the member with that value.  On an enum without members,
        `Enum('Color', 'RED GREEN')` creates a new enum (the functional API): `names` is a
        string of names split at commas and spaces, a sequence of names or of (name, value)
        pairs, or a mapping; `module` and `qualname` say where the class lives (for
        pickling), `type` is a data type to mix in, `start` the first auto value."""
        if not cls._member_map_:
            if names is None and type is None:
                raise TypeError(f'{cls} has no members; specify `names=()` if you meant '
                                f'to create a new, empty, enum')
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        # Color(1, 2) looks up the value (1, 2)
        wanted = (value, names) + values if names else value
        return cls.__new__(cls, wanted)

    # -- members cannot be rebound or removed

    def __setattr__(cls, name, value):
        # Rebinding a member in the class dict would leave the other look-ups stale.
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        shown = set(cls._member_names_)
        shown.update(('__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                      '__len__', '__members__', '__module__', '__name__', '__qualname__'))
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API behind `__call__`: a new enum class named `class_name`
        deriving from this one."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        base_enum = _enum_bases(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        for key, value in _functional_members(names, base_enum, start):
            namespace[key] = value
        if module is None:
            module = _caller_module()
        if module is None:
            _refuse_pickling(namespace)
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Replace constants of `module` with an enum: the globals (or attributes of
        `source`) whose names pass `filter` become the members of a new enum `name`, which
        is stored in the module along with its members."""
        module_globals = sys.modules[module].__dict__
        pool = vars(source) if source else module_globals
        found = [(key, value) for key, value in pool.items() if filter(key)]
        try:
            # by value, so the same value always gets the same canonical name
            found.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            found.sort(key=lambda pair: pair[0])
        made = cls(name, found, module=module, boundary=boundary or KEEP)
        made.__doc__ = 'An enumeration.'      # as for other enums of the standard library
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__.items())
        module_globals[name] = made
        return made


EnumMeta = EnumType


# --- Enum ------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of named members, each holding a value.

    A member is reached as an attribute (`Color.RED`), by its value (`Color(1)`) or by its
    name (`Color['RED']`).  The class iterates over its members in the order they were
    defined, and len() counts them.  Members may have methods and attributes of their own.
    """

    # `name` and `value` are enum properties: members read them, and on the class a
    # member with the same name (if there is one) takes their place.
    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_

    def __new__(cls, value):
        # Members are made while the class is built; calling the class (or unpickling)
        # only looks one up.
        found = value if type(value) is cls else _holder_of(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        failure = outcome = None
        try:
            outcome = cls._missing_(value)
        except Exception as exc:
            failure = exc
        if failure is None:
            if isinstance(outcome, cls):
                return outcome
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(outcome, int)):
                return outcome
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if outcome is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, outcome))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        try:
            raise failure
        finally:
            # break the reference cycle through the traceback
            failure = invalid = None

    @classmethod
    def _missing_(cls, value):
        # Hook for look-ups by value that find nothing: return a member, or None.
        return None

    def __init__(self, *args, **kwds):
        # Members receive the class-body value as arguments; nothing to do by default.
        pass

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        # format() formats the str() of the member, not its value
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        """The public attributes of the member, its class's public names (members
        excepted), and a few special names."""
        shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self._member_type_ is not object:
            shown.update(object.__dir__(self))
        members = self._member_map_
        for key in getattr(self, '__dict__', ()):
            if not key.startswith('_') and key not in members:
                shown.add(key)
        for klass in self.__class__.mro():
            for key, obj in klass.__dict__.items():
                if key.startswith('_'):
                    continue
                readable = isinstance(obj, property) and obj.fget is not None
                if key not in members or readable:
                    shown.add(key)
                elif isinstance(obj, property):
                    # the stand-in of a member, which is no attribute of members
                    shown.discard(key)
        return sorted(shown)

    def __hash__(self):
        # members are singletons, compared by identity; their names are unique
        return hash(self._name_)

    # Members are singletons: copying gives the member itself, and pickling records the
    # class and the value to look the member up again.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value `auto()` stands for: one more than the largest value so far, or `start`
        for the first member."""
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            last_values.sort()
            if newest == last_values[-1]:
                return newest + 1
        except TypeError:
            pass
        import warnings
        warnings.warn(
            'In 3.13 the default `auto()`/`_generate_next_value_` will require all values '
            'to be sortable and support adding +1\nand the value returned will be the '
            'largest value in the enum incremented by 1',
            DeprecationWarning, stacklevel=3)
        for candidate in reversed(last_values):
            try:
                return candidate + 1
            except TypeError:
                continue
        return start

    @classmethod
    def __signature__(cls):
        # what inspect.signature() shows for calling the class
        if not cls._member_names_:
            return ('(new_class_name, /, names, *, module=None, qualname=None, type=None, '
                    'start=1, boundary=None)')
        return '(*values)'


class ReprEnum(Enum):
    """An enum whose members keep their data type's str() and format(); only repr() shows
    the enum."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the member name in lower case."""

    def __new__(cls, *values):
        # The same arguments as str(), but the value itself must already be a str.
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        labels = (None, 'encoding', 'errors')
        for position in range(1, len(values)):
            if not isinstance(values[position], str):
                raise TypeError('%s must be a string, not %r'
                                % (labels[position], values[position]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The member name in lower case."""
        return name.lower()


def pickle_by_enum_name(self, proto):
    """A `__reduce_ex__` that pickles a member as its name looked up on its class (not
    for flags)."""
    return getattr, (self.__class__, self._name_)


def pickle_by_global_name(self, proto):
    """A `__reduce_ex__` that pickles a member as the module global of its name (for
    enums whose members are exported, as global_enum does; not for flags)."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name     # the name before 3.12


# --- Flag ------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits none of its members have:
    STRICT   -- raise ValueError (Flag's default)
    CONFORM  -- drop the unknown bits
    EJECT    -- give a plain int instead of a member
    KEEP     -- keep the bits in the pseudo-member (IntFlag's default)
    """

    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT, _flag_root=True):
    """An enum of bit flags: members combine with |, & and ^, and ~ inverts them.  A
    combination that is no member is a pseudo-member, named after the members it holds."""

    # how _missing_ writes bits no member has in a pseudo-member's name
    _numeric_repr_ = repr

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members for the bits of `value`, lowest bit first."""
        table = cls._value2member_map_
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield table.get(bit)

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members for the bits of `value`, in definition order."""
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda each: each._sort_order_)
        yield from found

    # the default order; classes whose members are not in value order use the other
    _iter_member_ = _iter_member_by_value_


    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value `auto()` stands for: the power of two above the largest value so far
        (`start`, or 1, for the first member)."""
        if not count:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            position = _top_bit(largest)
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None
        return 1 << (position + 1)

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member for `value`, a combination of bits that no member has, made
        once and cached; what happens to unknown bits depends on the boundary."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        policy = cls._boundary_
        known = cls._flag_mask_
        singles = cls._singles_mask_
        span = cls._all_bits_
        # In range means -(span+1) <= value <= span without bits outside the members'.
        if not ~span <= value <= span or value & (span ^ known):
            if policy is STRICT:
                width = max(value.bit_length(), known.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(known, width)))
            if policy is CONFORM:
                value &= known
            elif policy is EJECT:
                return value
            elif policy is KEEP:
                if value < 0:
                    value += max(span + 1, 1 << value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, policy))
        negative = None
        if value < 0:
            negative = value
            value += span + 1
        stray = value & ~known
        if stray and policy is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, bin(stray)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        single_part = value & singles
        multi_part = value & ~singles
        if single_part or multi_part:
            parts = list(cls._iter_member_(single_part))
            covered = 0
            for part in parts:
                covered |= part._value_
            if multi_part:
                # aliases of several bits can name bits no single member has
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & value == bits:
                        parts.append(candidate)
                        covered |= bits
            leftover = value ^ covered
            if covered:
                pseudo._name_ = '|'.join(part._name_ for part in parts)
                if leftover and policy is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, leftover))
                if leftover:
                    pseudo._name_ += '|' + cls._numeric_repr_(leftover)
        # Another thread may have cached the same value meanwhile: keep the first.
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        # the number of bits set
        return self._value_.bit_count()

    def __iter__(self):
        """The members whose bits this flag has."""
        yield from self._iter_member_(self._value_)

    def __contains__(self, other):
        """Whether every bit of the flag `other` is set in this one."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        head = self.__class__.__name__
        if self._name_ is not None:
            head += '.' + self._name_
        return '<%s: %s>' % (head, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        # computed once, then cached on the member
        cached = self._inverted_
        if cached is None:
            flipped = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                flipped &= self._singles_mask_
            cached = self._inverted_ = self.__class__(flipped)
        return cached

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _flag_operand(flag, other):
    """The int `other` stands for as the other operand of `flag` in |, & or ^ (another
    member of its class, or an instance of its data type), or None."""
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints; unknown bits are kept."""


# --- decorators and helpers ------------------------------------------------------------

def _alias_list(enumeration):
    """'ALIAS -> NAME' for every alias of `enumeration`, joined with ', '."""
    return ', '.join('%s -> %s' % (key, each.name)
                     for key, each in enumeration.__members__.items() if key != each.name)


def unique(enumeration):
    """Class decorator: raise ValueError when two names of `enumeration` share a value."""
    aliases = _alias_list(enumeration)
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, aliases))
    return enumeration


def _module_tail(obj):
    """The last part of the dotted name of the module `obj`'s class belongs to."""
    return obj.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() for members of a global enum: `module.NAME`."""
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    """repr() for members of a global flag: `module.A|module.B`."""
    prefix = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (prefix, self.__class__.__name__, self._value_)
    # Like CPython 3.12 this tests the member itself, which only an int flag's allows.
    if _one_bit(self):
        return '%s.%s' % (prefix, self._name_)
    keep = self._boundary_ is FlagBoundary.KEEP
    pieces = (self._name_ if keep else self.name).split('|')
    return '|'.join(piece if keep and piece[0].isdigit() else prefix + '.' + piece
                    for piece in pieces)


def global_str(self):
    """str() for members of a global enum: the bare member name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: copy the members into the globals of the enum's module and make
    their repr() (and, except for ReprEnums unless `update_str`, their str()) read as
    those globals."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    exported = sys.modules[cls.__module__].__dict__
    exported.update(cls.__members__.items())
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator CPython's standard library declares its enums with: the decorated
    plain class is rebuilt as an enum deriving from `etype`, with the same body (so it
    gets every check a class statement gets).  `use_args` is accepted for compatibility;
    whether members receive their values as arguments follows from `etype` and the body,
    as for any enum."""
    def rebuild(plain):
        metacls = type(etype)
        extra = {} if boundary is None else {'boundary': boundary}
        bases = (etype,)
        namespace = metacls.__prepare__(plain.__name__, bases, **extra)
        for key, value in plain.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            if key == '__doc__' and value is None:
                value = 'An enumeration.'
            elif key == '__new__' and isinstance(value, staticmethod):
                value = value.__func__
            namespace[key] = value
        return metacls.__new__(metacls, plain.__name__, bases, namespace, **extra)
    return rebuild


class EnumCheck(StrEnum):
    """The properties `verify` can check an enumeration for."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enumeration for the given `EnumCheck` properties, raising
    ValueError when one does not hold."""

    def __init__(self, *checks):
        self.checks = checks    # EnumCheck values, checked in this order

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = _alias_list(enumeration)
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, aliases))
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_continuous(enumeration, kind):
    """No value missing between the smallest and largest: every int for an enum, every
    power of two for a flag."""
    values = {each.value for each in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        expected = [1 << bit for bit in range(_top_bit(low) + 1, _top_bit(high))]
    else:
        expected = range(low + 1, high)
    gaps = [str(each) for each in expected if each not in values]
    if gaps:
        message = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(gaps))
        raise ValueError(message[:256])    # bounded, whatever the enum


def _check_named_flags(enumeration):
    """Every bit of every alias belongs to a canonical member."""
    named = [each.value for each in enumeration]
    culprits = []
    unnamed = 0
    for key, alias in enumeration._member_map_.items():
        if key in enumeration._member_names_ or alias.value < 0:
            continue
        bits = [bit for bit in _bits_low_first(alias.value) if bit not in named]
        if bits:
            culprits.append(key)
            for bit in bits:
                unnamed |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    what = ('value 0x%x' if _one_bit(unnamed) else 'combined values of 0x%x') % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))
