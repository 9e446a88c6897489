"""Enumerations: classes whose instances are a fixed set of named values.

Written for pyrs.  Layout: body namespace (_ClassBody) -> lineage survey
(_Lineage) -> one-pass member construction (_MemberFactory) -> value lookup
(_ValueIndex); flag arithmetic lives on Flag.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]


class _Marker:
    """Named placeholder object."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_auto_null = _Marker('_auto_null')
_NOTHING = _Marker('<nothing>')

# Filled in once the corresponding classes exist.
_ROOT = None            # Enum
_REPR_ROOT = None       # ReprEnum
_FLAG_ROOT = None       # Flag
_LIBRARY = ()           # bases whose str/format a data type may replace
_LOOKUP = None          # Enum.__new__, shared by every enum class

_ENUM_SIDE = ('__repr__', '__str__', '__format__', '__reduce_ex__', '__dir__',
              '__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
              '__invert__')

_BODY_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


def _name_kind(name):
    """'dunder' for __x__, 'sunder' for _x_, otherwise 'plain'."""
    core = name.strip('_')
    if not core:
        return 'plain'
    lead = len(name) - len(name.lstrip('_'))
    tail = len(name) - len(name.rstrip('_'))
    if lead == tail == 2:
        return 'dunder'
    if lead == tail == 1:
        return 'sunder'
    return 'plain'


def _mangled_for(cls_name, name):
    """True for a name written as __x inside class cls_name."""
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _binds(obj):
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _one_bit(number):
    # Deliberately generic: a non-int flag member fails on the subtraction.
    return number and not (number & (number - 1))


def _power_of_two(value):
    return isinstance(value, int) and value > 0 and not value & (value - 1)


def _bit_list(number):
    """Single-bit values of a non-negative int, lowest first."""
    found = []
    position = 1
    while position <= number:
        if number & position:
            found.append(position)
        position <<= 1
    return found


def bin(num, max_bits=None):
    """Two's-complement text of num: '0b' + sign digit + ' ' + digits."""
    width = max(max_bits or 0, num.bit_length())
    if num < 0:
        digits = format(num & ((1 << width) - 1), 'b').rjust(width, '0')
        return '0b1 ' + digits
    digits = format(num, 'b').rjust(width, '0') if width else ''
    return '0b0 ' + digits


def show_flag_values(value):
    number = getattr(value, '_value_', value)
    if number < 0:
        raise ValueError('%r is not a positive integer' % (value,))
    return _bit_list(number)


# ---------------------------------------------------------------- markers

class auto:
    """Stand-in replaced by a generated value when the class body stores it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force an attribute to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an attribute out of the members."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Attribute that reads per member; on the class it yields a member of
    the same name, if one was parked here, else AttributeError."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.parked = _NOTHING
        self.attr_name = None
        self.home = None

    def __set_name__(self, ownerclass, name):
        self.attr_name = name
        self.home = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.parked is not _NOTHING:
                return self.parked
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.attr_name))
        if self.fget is not None:
            return self.fget(instance)
        if self.parked is _NOTHING:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.attr_name))
        # A parked member shadows an inherited attribute: defer to it.
        for klass in type(instance).__mro__:
            found = klass.__dict__.get(self.attr_name, _NOTHING)
            if found is _NOTHING or found is self:
                continue
            if hasattr(found, '__get__'):
                return found.__get__(instance, ownerclass)
            break
        return self.parked

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.home, self.attr_name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.home, self.attr_name))
        self.fdel(instance)


def _park(owner, name, obj):
    """An enum.property standing in for member obj on owner."""
    holder = property()
    holder.parked = obj
    holder.attr_name = name
    holder.home = owner.__name__
    return holder


# --------------------------------------------------------- class body

class _ClassBody(dict):
    """Namespace for an enum class body; members are collected separately."""

    def __init__(self, cls_name, generator):
        super().__init__()
        self.cls_name = cls_name
        self.generator = generator
        self.candidates = {}        # member name -> value, definition order
        self.skipped = set()        # names listed in _ignore_
        self.history = []           # values handed to the generator
        self.generated = False      # the generator has been used

    def __setitem__(self, key, value):
        kind = _name_kind(key)
        if kind == 'sunder':
            self._store_sunder(key, value)
        elif kind == 'dunder':
            if key == '__order__':
                key = '_order_'
            dict.__setitem__(self, key, value)
        elif key in self.skipped or _mangled_for(self.cls_name, key):
            dict.__setitem__(self, key, value)
        elif key in self.candidates:
            raise TypeError('%r already defined as %r' % (key, self.candidates[key]))
        elif isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
        elif not isinstance(value, member) and _binds(value):
            dict.__setitem__(self, key, value)
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._fill_autos(key, value)
            self.candidates[key] = value
            dict.__setitem__(self, key, value)

    def _store_sunder(self, key, value):
        if key not in _BODY_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self.generated:
                raise TypeError('_generate_next_value_ must be defined before members')
            self.generator = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            taken = set(names) & set(self.candidates)
            if taken:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (taken,))
            self.skipped.update(names)
        dict.__setitem__(self, key, value)

    def _fill_autos(self, key, value):
        """Resolve auto() (alone or inside a tuple) and log the values seen."""
        if isinstance(value, auto):
            return self._draw(key, value)
        if isinstance(value, tuple) and any(isinstance(part, auto) for part in value):
            return tuple(self._draw(key, part) if isinstance(part, auto) else part
                         for part in value)
        self.history.append(value)
        return value

    def _draw(self, key, placeholder):
        if placeholder.value is _auto_null:
            if self.generator is None:
                raise TypeError('auto() needs a _generate_next_value_')
            placeholder.value = self.generator(
                key, 1, len(self.candidates), list(self.history))
            self.generated = True
        self.history.append(placeholder.value)
        return placeholder.value


# ------------------------------------------------------- base survey

class _Lineage:
    """What the bases of a new enum class imply for it."""

    def __init__(self, cls_name, bases):
        self.bases = bases
        self.data_type = object
        self.creator = None
        self.generator = None
        self.is_flag = False
        self.repr_family = False
        if not bases:
            return
        if not isinstance(bases[-1], EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls_name, klass))
        found = set()
        for base in bases:
            kind = self._data_type_of(base)
            if kind is not None:
                found.add(kind)
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (cls_name, found))
        if found:
            self.data_type = found.pop()
        self.creator = self._inherited_creator()
        gen = getattr(bases[-1], '_generate_next_value_', None)
        self.generator = getattr(gen, '__func__', gen)
        self.is_flag = _FLAG_ROOT is not None and any(
            issubclass(b, _FLAG_ROOT) for b in bases)
        self.repr_family = _REPR_ROOT is not None and any(
            issubclass(b, _REPR_ROOT) for b in bases)

    @staticmethod
    def _data_type_of(base):
        outermost = None
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if outermost is None:
                outermost = klass
            if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                return outermost
        return None

    def _inherited_creator(self):
        for base in self.bases:
            for klass in base.__mro__:
                if '__new_member__' in klass.__dict__:
                    return klass.__dict__['__new_member__']
        if self.data_type is not object and self.data_type.__new__ is not object.__new__:
            return self.data_type.__new__
        return None

    def settle_protocols(self, cls):
        """With a data type mixed in, its methods come first in the MRO; the
        enum-side display, pickling and bitwise methods must win instead
        (ReprEnum descendants take str() and format() from the data type)."""
        if self.data_type is object:
            return
        skip = set(self.data_type.__mro__)
        for dunder in _ENUM_SIDE:
            if dunder in cls.__dict__:
                continue
            owner = next((k for k in cls.__mro__[1:]
                          if k not in skip and dunder in k.__dict__), None)
            if owner is None:
                continue
            chosen = owner.__dict__[dunder]
            if self.repr_family and owner in _LIBRARY and dunder in ('__str__', '__format__'):
                chosen = self._data_side(dunder)
            type.__setattr__(cls, dunder, chosen)

    def _data_side(self, dunder):
        kind = self.data_type
        if dunder == '__format__':
            return kind.__format__
        if kind.__str__ is object.__str__:
            return kind.__repr__
        return kind.__str__


# ------------------------------------------------------- value index

class _ValueIndex:
    """Finds members by value; shares its containers with the class's
    _value2member_map_ and _unhashable_values_ attributes."""

    __slots__ = ('by_hash', 'loose', 'owner')

    def __init__(self, owner_map):
        self.by_hash = {}
        self.loose = []
        self.owner = owner_map

    def find(self, value):
        try:
            return self.by_hash.get(value, _NOTHING)
        except TypeError:
            for candidate in self.owner.values():
                if candidate._value_ == value:
                    return candidate
            return _NOTHING

    def add(self, value, obj):
        try:
            return self.by_hash.setdefault(value, obj)
        except TypeError:
            self.loose.append(value)
            return obj


# ---------------------------------------------------- member factory

class _MemberFactory:
    """Turns the collected (name, value) pairs into members of one class."""

    def __init__(self, enum_class, lineage):
        self.enum_class = enum_class
        self.lineage = lineage

    def build(self, candidates):
        for name, raw in candidates.items():
            self._register(name, self._make(name, raw))
        if self.lineage.is_flag:
            self._flag_masks()

    def _make(self, name, raw):
        cls = self.enum_class
        kind = self.lineage.data_type
        args = raw if isinstance(raw, tuple) and kind is not tuple else (raw,)
        maker = self.lineage.creator
        obj = object.__new__(cls) if maker is None else maker(cls, *args)
        try:
            obj._value_
        except AttributeError:
            value = raw if kind is object else kind(*args)
            object.__setattr__(obj, '_value_', value)
        object.__setattr__(obj, '_name_', name)
        object.__setattr__(obj, '__objclass__', cls)
        object.__setattr__(obj, '_sort_order_', len(cls._member_names_))
        obj.__init__(*args)
        return obj

    def _register(self, name, obj):
        cls = self.enum_class
        index = cls._value_index_
        earlier = index.find(obj._value_)
        if earlier is not _NOTHING:
            obj = earlier
        elif not self.lineage.is_flag or _power_of_two(obj._value_):
            cls._member_names_.append(name)
        index.add(obj._value_, obj)
        cls._member_map_[name] = obj
        shadowed = any(name in klass.__dict__ for klass in cls.__mro__[1:])
        type.__setattr__(cls, name, _park(cls, name, obj) if shadowed else obj)

    def _flag_masks(self):
        cls = self.enum_class
        every = 0
        singles = 0
        for obj in cls._member_map_.values():
            every |= obj._value_
        for name in cls._member_names_:
            singles |= cls._member_map_[name]._value_
        cls._flag_mask_ = every
        cls._singles_mask_ = singles
        cls._all_bits_ = 2 ** every.bit_length() - 1


class _Assembly:
    """Placed in the class dict so type.__new__ triggers member creation
    (via __set_name__) before __init_subclass__ sees the class."""

    def __init__(self, lineage, candidates):
        self.lineage = lineage
        self.candidates = candidates

    def __set_name__(self, owner, name):
        type.__delattr__(owner, name)
        self.lineage.settle_protocols(owner)
        _MemberFactory(owner, self.lineage).build(self.candidates)


# ------------------------------------------------------- metaclass

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        lineage = _Lineage(cls, bases)
        body = _ClassBody(cls, lineage.generator)
        body.lineage = lineage
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if not isinstance(classdict, _ClassBody):
            body = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                body[key] = value
            classdict = body
        lineage = classdict.lineage
        candidates = classdict.candidates
        bad = [name for name in candidates if hasattr(metacls, name)]
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(name) for name in bad))
        attrs = {key: value for key, value in classdict.items()
                 if key not in candidates and key not in classdict.skipped}
        attrs.pop('_ignore_', None)
        order = attrs.pop('_order_', None)
        if _LOOKUP is not None:
            own_new = attrs.get('__new__')
            if own_new is not None:
                own_new = getattr(own_new, '__func__', own_new)
                attrs['__new_member__'] = own_new
                lineage.creator = own_new
            attrs['__new__'] = _LOOKUP
        if candidates and lineage.repr_family and lineage.data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        names_list, by_name = [], {}
        index = _ValueIndex(by_name)
        attrs.update(
            _member_names_=names_list, _member_map_=by_name,
            _value2member_map_=index.by_hash, _unhashable_values_=index.loose,
            _value_index_=index, _member_type_=lineage.data_type,
        )
        if lineage.is_flag:
            chosen = boundary
            if chosen is None:
                chosen = getattr(bases[-1], '_boundary_', None)
            attrs['_boundary_'] = chosen
        attrs['_enum_assembly_'] = _Assembly(lineage, candidates)
        enum_class = super().__new__(metacls, cls, bases, attrs, **kwds)
        if order is not None:
            _check_order(enum_class, order)
        return enum_class

    def __call__(cls, value, names=_NOTHING, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if not cls._member_map_:
            if names is _NOTHING or names is None:
                raise TypeError('%r has no members; specify `names=()` if you meant '
                                'to create a new, empty, enum' % (cls,))
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
        if names is not _NOTHING and (names is not None or values):
            value = (value, names, *values)
        return cls.__new__(cls, value)

    def __signature__(cls):
        if cls._member_names_:
            return '(*values)'
        return ('(new_class_name, /, names, *, module=None, qualname=None, '
                'type=None, start=1, boundary=None)')

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        return isinstance(value, cls) or value in cls._value2member_map_

    def __getitem__(cls, name):
        table = cls._member_map_
        return table[name]

    def __iter__(cls):
        table = cls._member_map_
        return (table[name] for name in cls._member_names_)

    def __reversed__(cls):
        table = cls._member_map_
        return (table[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if _FLAG_ROOT is not None and issubclass(cls, _FLAG_ROOT):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        elif cls is _ROOT or any('__new_member__' in k.__dict__ for k in cls.__mro__):
            shown.add('__new__')
        return sorted(shown)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Functional API: build a new enum class from names."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        for key, value in _functional_pairs(cls, names, start):
            body[key] = value
        if module is None:
            try:
                caller = sys._getframe(2)
            except (AttributeError, ValueError):
                caller = None
            if caller is not None:
                module = caller.f_globals.get('__name__')
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        made = metacls.__new__(metacls, class_name, bases, body, boundary=boundary)
        if module is None:
            _refuse_pickling(made)
        return made

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Build an enum from the constants of a module that pass filter."""
        home = sys.modules[module].__dict__
        pool = (source.__dict__ if source is not None else home).items()
        chosen = [(key, value) for key, value in pool if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        metacls = cls.__class__
        body = metacls.__prepare__(name, (cls,))
        for key, value in chosen:
            body[key] = value
        body['__module__'] = module
        made = metacls.__new__(metacls, name, (cls,), body,
                               boundary=boundary if boundary is not None else KEEP)
        if as_global:
            global_enum(made)
        else:
            home.update(made.__members__)
        home[name] = made
        return made


EnumMeta = EnumType


def _functional_pairs(cls, names, start):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if hasattr(names, 'keys') and hasattr(names, '__getitem__'):
        return [(key, names[key]) for key in names.keys()]
    entries = list(names)
    if entries and isinstance(entries[0], str):
        values = []
        for position, key in enumerate(entries):
            values.append(cls._generate_next_value_(key, start, position, values[:]))
        return list(zip(entries, values))
    return [(key, value) for key, value in entries]


def _refuse_pickling(cls):
    def __reduce_ex__(self, proto):
        raise TypeError('%r cannot be pickled' % (self,))
    cls.__reduce_ex__ = __reduce_ex__
    cls.__module__ = '<unknown>'


def _check_order(cls, order):
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    canonical = cls._member_names_
    wanted = [name for name in order
              if name not in cls._member_map_ or name in canonical]
    if wanted != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, wanted))


def _by_fields(value):
    fields = value.__dataclass_fields__
    return ', '.join('%s=%r' % (key, getattr(value, key))
                     for key, spec in fields.items() if spec.repr)


_SORT_WARNING = ('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                 'values to be sortable and support adding +1\nand the value returned '
                 'will be the largest value in the enum incremented by 1')


# ------------------------------------------------------------- Enum

class Enum(metaclass=EnumType):
    """Base class for enumerations: named, unique constant values."""

    def __new__(cls, value):
        # Value lookup; members themselves are made by _MemberFactory.
        if type(value) is cls:
            return value
        hit = cls._value_index_.find(value)
        if hit is not _NOTHING:
            return hit
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % (cls,))
        failure = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except ValueError:
            raise
        except Exception as problem:
            problem.__context__ = failure
            raise
        if result is None:
            raise failure
        if isinstance(result, cls):
            return result
        if (_FLAG_ROOT is not None and issubclass(cls, _FLAG_ROOT)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        wrong = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                          % (cls.__name__, result))
        wrong.__context__ = failure
        raise wrong

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Default auto() value: one more than the largest value so far."""
        if not last_values:
            return start
        bumped = _NOTHING
        for previous in reversed(last_values):
            try:
                bumped = previous + 1
                break
            except TypeError:
                continue
        try:
            last_values.sort()      # CPython leaves the caller's list sorted
            best = last_values[-1] + 1
        except TypeError:
            best = _NOTHING
        if best is _NOTHING or best != bumped:
            import warnings
            warnings.warn(_SORT_WARNING, DeprecationWarning, stacklevel=3)
        if best is not _NOTHING:
            return best
        return start if bumped is _NOTHING else bumped

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        label = '%s.%s' % (self.__class__.__name__, self._name_)
        if '__dataclass_fields__' in type(self)._member_type_.__dict__:
            return '<%s: %s>' % (label, _by_fields(self._value_))
        return '<%s: %r>' % (label, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        if type(self)._member_type_ is not object:
            return sorted(object.__dir__(self))
        shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        shown.update(key for key in self.__dict__ if key[:1] != '_')
        table = type(self)._member_map_
        for klass in type(self).__mro__:
            if klass is object or klass in _LIBRARY:
                continue
            for key, entry in klass.__dict__.items():
                if key[:1] == '_':
                    continue
                if table.get(key, _NOTHING) is entry:
                    continue
                if isinstance(entry, property) and entry.parked is not _NOTHING:
                    continue
                shown.add(key)
        return sorted(shown)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """Member name."""
        return self._name_

    @property
    def value(self):
        """Member value."""
        return self._value_


_ROOT = Enum
_LOOKUP = Enum.__dict__['__new__']


class ReprEnum(Enum):
    """Enum whose str() and format() come from the mixed-in data type."""


_REPR_ROOT = ReprEnum
_LIBRARY = (Enum, ReprEnum)


class IntEnum(int, ReprEnum):
    """Enum of int members."""


class StrEnum(str, ReprEnum):
    """Enum of str members."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    def _generate_next_value_(name, start, count, last_values):
        """Lower-cased member name."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits that no member defines."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


# ------------------------------------------------------------- Flag

def _fold_negative(cls, number):
    """Map a negative request onto the class's bit range."""
    if cls._boundary_ is CONFORM:
        return number & cls._flag_mask_
    span = cls._all_bits_ + 1
    if cls._boundary_ is KEEP and number < -span:
        return number + (1 << number.bit_length())
    return number + span


def _flag_label(cls, number):
    """Name for a value that is not a member: named single bits, then
    multi-bit members covering what is left, then the leftover number."""
    table = cls._member_map_
    parts = [name for name in cls._member_names_ if table[name]._value_ & number]
    rest = number & ~cls._singles_mask_
    if rest:
        for name, obj in table.items():
            bits = obj._value_
            if name in cls._member_names_ or name != obj._name_ or bits <= 0:
                continue
            if bits & number == bits:
                parts.append(name)
                rest &= ~bits
    if not parts:
        return None
    if rest:
        if cls._boundary_ is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, rest))
        parts.append(cls._numeric_repr_(rest))
    return '|'.join(parts)


class Flag(Enum):
    """Enum whose members combine with bitwise operators."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Next power of two above the largest value so far."""
        if not count:
            return 1 if start is None else start
        for previous in last_values:
            if not isinstance(previous, int):
                raise TypeError('invalid flag value %r' % (previous,))
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        number = value if value >= 0 else _fold_negative(cls, value)
        mask = cls._flag_mask_
        if number < 0 or number & ~mask:
            rule = cls._boundary_
            if rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if rule is EJECT:
                return value
            if rule is CONFORM:
                number &= mask
        known = cls._value2member_map_.get(number)
        if known is not None:
            return known
        label = _flag_label(cls, number)
        kind = cls._member_type_
        pseudo = object.__new__(cls) if kind is object else kind.__new__(cls, number)
        object.__setattr__(pseudo, '_name_', label)
        object.__setattr__(pseudo, '_value_', number)
        return cls._value_index_.add(number, pseudo)

    def _same_kind(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is int and isinstance(other, int):
            return other
        return _NOTHING

    def __or__(self, other):
        bits = self._same_kind(other)
        if bits is _NOTHING:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._same_kind(other)
        if bits is _NOTHING:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._same_kind(other)
        if bits is _NOTHING:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is STRICT or self._boundary_ is CONFORM:
            return self.__class__(~self._value_ & self._singles_mask_)
        return self.__class__(~self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        number = self._value_
        table = self._member_map_
        for name in self._member_names_:
            if table[name]._value_ & number:
                yield table[name]
        odd = number & self._flag_mask_ & ~self._singles_mask_
        if odd > 0:
            for bit in _bit_list(odd):
                yield self._value2member_map_.get(bit)

    def __len__(self):
        return format(self._value_, 'b').count('1')

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)


_FLAG_ROOT = Flag
_LIBRARY = (Enum, ReprEnum, Flag)
for _attr, _setting in (('_boundary_', STRICT), ('_flag_mask_', 0),
                        ('_singles_mask_', 0), ('_all_bits_', 0)):
    type.__setattr__(Flag, _attr, _setting)
del _attr, _setting


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""


# ---------------------------------------------------- global helpers

def _module_tail(cls):
    return cls.__module__.rpartition('.')[2]


def global_enum_repr(self):
    return '%s.%s' % (_module_tail(self.__class__), self._name_)


def global_flag_repr(self):
    prefix = _module_tail(self.__class__)
    if self._name_ is None:
        return '%s.%s(%r)' % (prefix, self.__class__.__name__, self._value_)
    if _one_bit(self):
        return '%s.%s' % (prefix, self._name_)
    return '|'.join(part if part[:1].isdigit() else '%s.%s' % (prefix, part)
                    for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members to their module and use module-style reprs."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
        if issubclass(cls, ReprEnum):
            cls.__format__ = Enum.__format__
    vars(sys.modules[cls.__module__]).update(cls._member_map_)
    return cls


def _simple_enum(etype=Enum, *, boundary=None):
    """Class decorator: rebuild a plain class as an enum of type etype."""
    def rebuild(plain):
        metacls = type(etype)
        body = metacls.__prepare__(plain.__name__, (etype,))
        for key, value in plain.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                body[key] = value
        if plain.__dict__.get('__doc__') is None:
            dict.__setitem__(body, '__doc__', 'An enumeration.')
        dict.__setitem__(body, '__qualname__', plain.__qualname__)
        return metacls.__new__(metacls, plain.__name__, (etype,), body, boundary=boundary)
    return rebuild


# -------------------------------------------------------- checks

def unique(enumeration):
    """Class decorator: refuse aliases."""
    pairs = ['%s -> %s' % (name, obj.name)
             for name, obj in enumeration.__members__.items() if name != obj.name]
    if pairs:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(pairs)))
    return enumeration


class EnumCheck(StrEnum):
    """Conditions that verify() can test."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


def _list_words(words):
    if len(words) == 1:
        return words[0]
    return '%s and %s' % (', '.join(words[:-1]), words[-1])


def _gaps(cls, is_flag):
    values = [obj._value_ for obj in cls]
    if not values:
        return []
    if is_flag:
        low = min(values).bit_length() - 1
        high = max(values).bit_length() - 1
        expected = [1 << shift for shift in range(low, high + 1)]
    else:
        expected = range(min(values), max(values) + 1)
    present = set(values)
    return [str(number) for number in expected if number not in present]


def _unnamed_bits(cls):
    covered = 0
    for obj in cls:
        covered |= obj._value_
    holders, lost = [], 0
    for name, obj in cls.__members__.items():
        if name != obj._name_ or name in cls._member_names_ or obj._value_ <= 0:
            continue
        stray = obj._value_ & ~covered
        if stray:
            holders.append(name)
            lost |= stray
    return holders, lost


def verify(*checks):
    """Class decorator running the given EnumCheck tests."""
    def run(enumeration):
        if not isinstance(enumeration, EnumType):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        is_flag = issubclass(enumeration, Flag)
        for check in checks:
            if check is UNIQUE:
                pairs = ['%s -> %s' % (name, obj.name)
                         for name, obj in enumeration.__members__.items()
                         if name != obj.name]
                if pairs:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(pairs)))
            elif check is CONTINUOUS:
                missing = _gaps(enumeration, is_flag)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % ('flag' if is_flag else 'enum',
                                        enumeration.__name__, ', '.join(missing)))
            elif check is NAMED_FLAGS and is_flag:
                holders, lost = _unnamed_bits(enumeration)
                if holders:
                    who = ('alias %s is' if len(holders) == 1 else 'aliases %s are') \
                        % _list_words(holders)
                    what = ('value 0x%x' if _power_of_two(lost)
                            else 'combined values of 0x%x') % lost
                    raise ValueError('invalid Flag %r: %s missing %s '
                                     '[use enum.show_flag_values(value) for details]'
                                     % (enumeration.__name__, who, what))
        return enumeration
    return run
