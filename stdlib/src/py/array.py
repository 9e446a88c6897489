"""Arrays of numbers and characters (CPython's array module, written for pyrs).

An array keeps its items in a plain list, already converted to the values the
typecode allows; bytes are produced (and parsed) with struct when asked for.
"""

from operator import index as _index
from struct import pack as _pack, unpack as _unpack
import _abc
import _array
import types as _types

typecodes = 'bBuhHiIlLqQfd'

_MAXSIZE = (1 << 63) - 1
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

# typecode -> (itemsize, struct letter used in '<' mode, machine format code)
_LAYOUT = {
    'b': (1, 'b', 1), 'B': (1, 'B', 0), 'u': (4, 'I', 20),
    'h': (2, 'h', 4), 'H': (2, 'H', 2), 'i': (4, 'i', 8), 'I': (4, 'I', 6),
    'l': (8, 'q', 12), 'L': (8, 'Q', 10), 'q': (8, 'q', 12), 'Q': (8, 'Q', 10),
    'f': (4, 'f', 14), 'd': (8, 'd', 16),
}

# Names C uses in the "is greater than maximum" messages of the small types.
_CNAMES = {
    'b': 'signed char', 'B': 'unsigned byte integer',
    'h': 'signed short integer', 'H': 'unsigned short',
    'i': 'signed integer', 'I': 'unsigned int',
}


def _overflow(tc, v):
    """Raise the OverflowError CPython gives for int v out of tc's range."""
    if tc in 'qQ':
        if tc == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        raise OverflowError('int too big to convert')
    if tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError(
                'Python int too large to convert to C unsigned long')
    elif v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    if v < 0:
        raise OverflowError(_CNAMES[tc] + ' is less than minimum')
    raise OverflowError(_CNAMES[tc] + ' is greater than maximum')


def _int_checker(tc, lo, hi):
    def check(v):
        if v.__class__ is not int:
            v = int(_index(v))
        if lo <= v <= hi:
            return v
        _overflow(tc, v)
    return check


def _as_double(v):
    """Convert v like C's 'd' argument format does."""
    if isinstance(v, float):
        return float(v)
    cls = type(v)
    if hasattr(cls, '__float__'):
        return float(v)
    if hasattr(cls, '__index__'):
        return float(_index(v))
    raise TypeError('must be real number, not ' + cls.__name__)


def _check_d(v):
    if v.__class__ is float:
        return v
    return _as_double(v)


def _check_f(v):
    if v.__class__ is not float:
        v = _as_double(v)
    try:
        return _unpack('f', _pack('f', v))[0]
    except OverflowError:
        # out of float32 range: C's conversion gives an infinity
        return v * 1e308 * 1e308


def _check_u(v):
    if v.__class__ is str and len(v) == 1:
        return v
    if isinstance(v, str) and len(v) == 1:
        return str(v)
    raise TypeError('array item must be unicode character')


_CHECKERS = {
    'b': _int_checker('b', -128, 127),
    'B': _int_checker('B', 0, 255),
    'h': _int_checker('h', -32768, 32767),
    'H': _int_checker('H', 0, 65535),
    'i': _int_checker('i', -2147483648, 2147483647),
    'I': _int_checker('I', 0, 4294967295),
    'l': _int_checker('l', _LONG_MIN, _LONG_MAX),
    'L': _int_checker('L', 0, _ULONG_MAX),
    'q': _int_checker('q', _LONG_MIN, _LONG_MAX),
    'Q': _int_checker('Q', 0, _ULONG_MAX),
    'f': _check_f,
    'd': _check_d,
    'u': _check_u,
}


def _bytes_of(obj):
    """Return the bytes of a bytes-like object (TypeError otherwise)."""
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, bytearray):
        return bytes(obj)
    if isinstance(obj, (memoryview, array)):
        # buffers of wider items are refused, as CPython does
        if obj.itemsize != 1:
            raise TypeError('a bytes-like object is required')
        return obj.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(obj).__name__)


def _decode(tc, data):
    """Turn native-layout bytes into a list of items for typecode tc."""
    size, letter, _ = _LAYOUT[tc]
    if len(data) % size:
        raise ValueError('bytes length not a multiple of item size')
    count = len(data) // size
    if not count:
        return []
    values = _unpack('<%d%s' % (count, letter), data)
    if tc == 'u':
        return [_code_point(c) for c in values]
    return list(values)


def _code_point(c):
    if c > 0x10FFFF:
        raise ValueError('character U+%x is not in range [U+0000; U+10ffff]'
                         % c)
    return chr(c)


def _check_index_size(i):
    if not -_MAXSIZE - 1 <= i <= _MAXSIZE:
        raise IndexError("cannot fit 'int' into an index-sized integer")


def _slice_length(s, n):
    start, stop, step = s.indices(n)
    return len(range(start, stop, step))


def _is_float_code(tc):
    return tc == 'd' or tc == 'f'


class array:
    """array(typecode[, initializer]) -> array

    A compact sequence of values of one C type, chosen by the typecode.
    """

    __slots__ = ('_tc', '_v', '_ck', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args))
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError(
                'array() argument 1 must be a unicode character, not '
                + type(tc).__name__)
        if tc not in _LAYOUT:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, '
                             'l, L, q, Q, f or d)')
        tc = str(tc)
        self = object.__new__(cls)
        self._tc = tc
        self._v = []
        self._ck = _CHECKERS[tc]
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if tc != 'u':
                    raise TypeError('cannot use a str to initialize an array '
                                    "with typecode '%s'" % tc)
                self._v.extend(init)
            elif isinstance(init, (bytes, bytearray)):
                self._v.extend(_decode(tc, bytes(init)))
            elif isinstance(init, array):
                if init._tc == 'u' and tc != 'u':
                    raise TypeError('cannot use a unicode array to initialize '
                                    "an array with typecode '%s'" % tc)
                if init._tc == tc:
                    self._v.extend(init._v)
                else:
                    self.extend(init._v)
            else:
                self.extend(init)
        return self

    # --- attributes -----------------------------------------------------

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._tc

    @property
    def itemsize(self):
        """The size in bytes of one array item."""
        return _LAYOUT[self._tc][0]

    def buffer_info(self):
        """Return (address, length); the address is only an identifier."""
        return (id(self._v), len(self._v))

    # --- item access ----------------------------------------------------

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(self._v)

    # An int index and a value the typecode takes as it is are handled natively; these
    # two methods do everything else.
    __getitem__ = _array.__getitem__
    __setitem__ = _array.__setitem__

    def _getitem(self, i):
        if i.__class__ is int:
            _check_index_size(i)
            try:
                return self._v[i]
            except IndexError:
                raise IndexError('array index out of range') from None
        if isinstance(i, slice):
            res = object.__new__(array)
            res._tc = self._tc
            res._ck = self._ck
            res._v = self._v[i]
            return res
        return self._getitem(_item_index(i))

    def _setitem(self, i, v):
        if i.__class__ is int:
            _check_index_size(i)
            try:
                self._v[i] = self._ck(v)
            except IndexError:
                raise IndexError(
                    'array assignment index out of range') from None
            except (TypeError, OverflowError):
                # a bad index is reported before a bad value
                try:
                    self._v[i]
                except IndexError:
                    raise IndexError(
                        'array assignment index out of range') from None
                raise
        elif isinstance(i, slice):
            self._assign_slice(i, v)
        else:
            self._setitem(_item_index(i), v)

    def _assign_slice(self, s, other):
        if not isinstance(other, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        items = list(other._v)
        if s.step is None or s.step == 1:
            self._v[s] = items
            return
        wanted = _slice_length(s, len(self._v))
        if len(items) == 0 and wanted:
            # deleting through an extended slice is allowed
            del self._v[s]
            return
        if len(items) != wanted:
            raise ValueError('attempt to assign array of size %d to extended '
                             'slice of size %d' % (len(items), wanted))
        self._v[s] = items

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._v[i]
            return
        if i.__class__ is not int:
            i = _item_index(i)
        _check_index_size(i)
        try:
            del self._v[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __contains__(self, v):
        if _is_float_code(self._tc):
            for x in self._v:
                if x == v:
                    return True
            return False
        return v in self._v

    # --- methods that change the array ------------------------------------

    def append(self, v):
        """Append a new item v to the end of the array."""
        self._v.append(self._ck(v))

    def extend(self, iterable):
        """Append the items of an iterable (an array must have the same typecode)."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._v.extend(iterable._v)
            return
        add = self._v.append
        check = self._ck
        for v in iterable:
            add(check(v))

    def insert(self, i, v):
        """Insert v before position i."""
        i = _index(i)
        self._v.insert(i, self._ck(v))

    def pop(self, i=-1):
        """Remove and return the item at position i (the last by default)."""
        i = _index(i)
        v = self._v
        if not v:
            raise IndexError('pop from empty array')
        if i < -len(v) or i >= len(v):
            raise IndexError('pop index out of range')
        return v.pop(i)

    def remove(self, v):
        """Remove the first item equal to v."""
        pos = self._find(v, 0, len(self._v))
        if pos < 0:
            raise ValueError('array.remove(x): x not in array')
        del self._v[pos]

    def reverse(self):
        """Reverse the order of the items in place."""
        self._v.reverse()

    def byteswap(self):
        """Swap the bytes of every item (changing its endianness)."""
        size, letter, _ = _LAYOUT[self._tc]
        n = len(self._v)
        if size == 1 or not n:
            return
        fmt = '%d%s' % (n, letter)
        if self._tc == 'u':
            data = _pack('<' + fmt, *[ord(c) for c in self._v])
        else:
            data = _pack('<' + fmt, *self._v)
        values = _unpack('>' + fmt, data)
        if self._tc == 'u':
            values = [_code_point(c) for c in values]
        self._v[:] = values

    def frombytes(self, buffer):
        """Append items read from a bytes-like object in machine layout."""
        self._v.extend(_decode(self._tc, _bytes_of(buffer)))

    def fromlist(self, items):
        """Append the items of a list (all or nothing)."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        check = self._ck
        self._v.extend([check(v) for v in items])

    def fromunicode(self, s):
        """Append the characters of s to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not '
                            + type(s).__name__)
        if self._tc != 'u':
            raise ValueError(
                'fromunicode() may only be called on unicode type arrays')
        self._v.extend(s)

    def fromfile(self, f, n):
        """Read n items from the binary file object f and append them."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _LAYOUT[self._tc][0]
        wanted = n * size
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    # --- conversions ------------------------------------------------------

    def tobytes(self):
        """Return the items as bytes in machine layout."""
        n = len(self._v)
        if not n:
            return b''
        letter = _LAYOUT[self._tc][1]
        if self._tc == 'u':
            return _pack('<%dI' % n, *[ord(c) for c in self._v])
        return _pack('<%d%s' % (n, letter), *self._v)

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags):
        # a read-only copy: enough for consumers that only read
        return memoryview(self.tobytes())

    def __release_buffer__(self, view):
        pass

    def tolist(self):
        """Return the items as a new list."""
        return list(self._v)

    def tounicode(self):
        """Return the characters of a 'u' array as a str."""
        if self._tc != 'u':
            raise ValueError(
                'tounicode() may only be called on unicode type arrays')
        return ''.join(self._v)

    def tofile(self, f):
        """Write the items to the binary file object f."""
        data = self.tobytes()
        block = 64 * 1024
        if not data:
            return
        for start in range(0, len(data), block):
            f.write(data[start:start + block])

    # --- searching --------------------------------------------------------

    def _find(self, v, start, stop):
        # compares with ==, without the identity shortcut lists take
        items = self._v
        n = len(items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        for pos in range(start, stop):
            if items[pos] == v:
                return pos
        return -1

    def index(self, v, start=0, stop=_MAXSIZE):
        """Return the position of the first item equal to v in [start, stop)."""
        start = _slice_bound(start)
        stop = _slice_bound(stop)
        pos = self._find(v, start, stop)
        if pos < 0:
            raise ValueError('array.index(x): x not in array')
        return pos

    def count(self, v):
        """Return how many items equal v."""
        if not _is_float_code(self._tc):
            return self._v.count(v)
        n = 0
        for x in self._v:
            if x == v:
                n += 1
        return n

    # --- operators --------------------------------------------------------

    def _new(self, items):
        res = object.__new__(array)
        res._tc = self._tc
        res._ck = self._ck
        res._v = items
        return res

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._v + other._v)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._v.extend(list(other._v))
        return self

    def __mul__(self, n):
        return self._new(self._v * _repeat_count(self, n))

    def __rmul__(self, n):
        return self._new(self._v * _repeat_count(self, n))

    def __imul__(self, n):
        n = _index(n)
        if n > 0:
            self._v *= _repeat_count(self, n)
        else:
            del self._v[:]
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a = self._v
        b = other._v
        if len(a) != len(b) and (op == 2 or op == 3):
            return op == 3
        for k in range(min(len(a), len(b))):
            x = a[k]
            y = b[k]
            if not (x == y):
                if op == 2:
                    return False
                if op == 3:
                    return True
                if op == 0:
                    return x < y
                if op == 1:
                    return x <= y
                if op == 4:
                    return x > y
                return x >= y
        la = len(a)
        lb = len(b)
        if op == 0:
            return la < lb
        if op == 1:
            return la <= lb
        if op == 2:
            return la == lb
        if op == 3:
            return la != lb
        if op == 4:
            return la > lb
        return la >= lb

    def __lt__(self, other):
        return self._compare(other, 0)

    def __le__(self, other):
        return self._compare(other, 1)

    def __eq__(self, other):
        return self._compare(other, 2)

    def __ne__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    __hash__ = None

    # --- copying, pickling, repr ------------------------------------------

    def __copy__(self):
        return self._new(list(self._v))

    def __deepcopy__(self, memo):
        return self._new(list(self._v))

    def __reduce_ex__(self, protocol):
        protocol = _index(protocol)
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (type(self), (self._tc, list(self._v)), state)
        return (_array_reconstructor,
                (type(self), self._tc, _LAYOUT[self._tc][2], self.tobytes()),
                state)

    def __repr__(self):
        name = type(self).__name__
        if not self._v:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._v))
        return '%s(%r, %r)' % (name, self._tc, self._v)

    def __sizeof__(self):
        return 64 + len(self._v) * _LAYOUT[self._tc][0]

    def __class_getitem__(cls, item):
        return _types.GenericAlias(cls, item)


ArrayType = array
_array.bind(array)
# CPython's array is a C type: immutable, and messages name it 'array.array'.
_abc.set_static_name(array)


def _item_index(i):
    if not hasattr(type(i), '__index__'):
        raise TypeError('array indices must be integers')
    return _index(i)


def _slice_bound(v):
    if not hasattr(type(v), '__index__'):
        raise TypeError(
            'slice indices must be integers or have an __index__ method')
    v = _index(v)
    # clamp like C's Py_ssize_t conversion of slice indices
    if v > _MAXSIZE:
        return _MAXSIZE
    if v < -_MAXSIZE - 1:
        return -_MAXSIZE - 1
    return v


def _repeat_count(seq, n):
    cls = type(n)
    if not hasattr(cls, '__index__'):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % cls.__name__)
    n = _index(n)
    if n > _MAXSIZE or n < -_MAXSIZE - 1:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    if n > 0 and len(seq) * n > _MAXSIZE // 8:
        raise MemoryError()
    return n if n > 0 else 0


# machine format code -> (struct format letter with byte order, size, kind)
_MFORMATS = {
    0: ('<B', 1, 'B'), 1: ('<b', 1, 'b'),
    2: ('<H', 2, 'H'), 3: ('>H', 2, 'H'), 4: ('<h', 2, 'h'), 5: ('>h', 2, 'h'),
    6: ('<I', 4, 'I'), 7: ('>I', 4, 'I'), 8: ('<i', 4, 'i'), 9: ('>i', 4, 'i'),
    10: ('<Q', 8, 'Q'), 11: ('>Q', 8, 'Q'),
    12: ('<q', 8, 'q'), 13: ('>q', 8, 'q'),
    14: ('<f', 4, None), 15: ('>f', 4, None),
    16: ('<d', 8, None), 17: ('>d', 8, None),
    18: ('utf-16-le', 2, 'u'), 19: ('utf-16-be', 2, 'u'),
    20: ('utf-32-le', 4, 'u'), 21: ('utf-32-be', 4, 'u'),
}


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuild an array pickled with protocol 3 or newer."""
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not '
                        + type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array'
                        % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('array() argument 1 must be a unicode character, not '
                        + type(typecode).__name__)
    if typecode not in _LAYOUT:
        raise ValueError('second argument must be a valid type code')
    mformat_code = _index(mformat_code)
    if mformat_code not in _MFORMATS:
        raise ValueError('third argument must be a valid machine format code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not '
                        + type(items).__name__)
    if _LAYOUT[typecode][2] == mformat_code:
        return arraytype(typecode, items)
    fmt, size, kind = _MFORMATS[mformat_code]
    if kind == 'u':
        return arraytype(typecode, items.decode(fmt))
    if len(items) % size:
        raise ValueError('string length not a multiple of item size')
    values = list(_unpack('%s%d%s' % (fmt[0], len(items) // size, fmt[1]),
                          items))
    if kind is not None:
        # integers come back in the typecode matching the stored format
        typecode = kind
    return arraytype(typecode, values)


# A sequence to `match`, as CPython's array type is.
_abc.set_collection_flags(array, 1 << 5, False)
