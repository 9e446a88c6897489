"""Serialise core Python values in CPython's internal "marshal" format.

Supported values: None, bool, int, float, complex, str, bytes (and other
bytes-like objects, read back as bytes), tuple, list, dict, set, frozenset,
Ellipsis and StopIteration; code objects too, but as pyrs's own bytecode
after the 'c' type code, which only pyrs reads back.

Back-references (version 3 and later): CPython sets the reference flag on
an object depending on its reference count, which a different runtime
cannot know.  This module uses a fixed rule instead: every object written
carries the flag (so it can be referred to again) except lists, dicts and
sets nested inside the value that occur there only once.  Small ints
(-5..256), the empty tuple/bytes and identifier-like strings (which
CPython caches or interns) are shared by value; everything else by
identity.  For values held in variables this gives CPython's bytes.
"""

import struct as _struct
import _imp

version = 4

# Nesting limit shared by writing and reading (each level counts once).
_DEPTH_LIMIT = 2000
_CodeType = type((lambda: None).__code__)
_FLAG = 0x80
_INT32 = _struct.Struct('<i')
_DOUBLE = _struct.Struct('<d')
_TWO_DOUBLES = _struct.Struct('<dd')
_DIGIT_BITS = 15
_DIGIT_MASK = (1 << _DIGIT_BITS) - 1
_SIZE_MAX = 0x7FFFFFFF
_ID_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


class _Marker:
    """A private sentinel with a readable repr."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_DICT_END = _Marker('<end of dict>')   # pseudo child closing a dict
_NULL = _Marker('<NULL>')              # what the '0' type code reads as


def _interned_like(text):
    """Strings that CPython keeps interned when they are code constants."""
    return all(ch in _ID_CHARS for ch in text)


def _share_key(obj):
    """Key under which repeated occurrences of *obj* become back-references."""
    kind = type(obj)
    # Ints of 64 bits and floats are values in pyrs (their id() is not unique): equal ones
    # are one object, as they were when id() gave the value.
    if kind is int and -(1 << 63) <= obj < (1 << 63):
        return (int, obj)
    if kind is float:
        return (float, obj.hex())
    if kind is str and _interned_like(obj):
        return (str, obj)
    if (kind is tuple or kind is bytes) and not obj:
        return (kind, None)
    return id(obj)


def _index_or_fail(value):
    """Convert like a C int argument (for the version number)."""
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    number = index(value)
    if not -(1 << 31) <= number < (1 << 31):
        raise OverflowError('Python int too large to convert to C int')
    return number


# ---------------------------------------------------------------- writing

def _count_mutables(root):
    """Map id -> occurrences for the lists, dicts and sets inside root."""
    seen = {}
    todo = [root]
    while todo:
        item = todo.pop()
        kind = type(item)
        if kind is list or kind is dict or kind is set:
            key = id(item)
            if key in seen:
                seen[key] += 1
                continue
            seen[key] = 1
        elif kind is tuple or kind is frozenset:
            key = id(item)
            if key in seen:
                continue
            seen[key] = 0
        else:
            continue
        if kind is dict:
            for k, v in item.items():
                todo.append(k)
                todo.append(v)
        else:
            todo.extend(item)
    return seen


def _dict_children(mapping):
    for key, value in mapping.items():
        yield key
        yield value
    yield _DICT_END


class _Encoder:
    def __init__(self, ver):
        self.ver = ver
        self.out = bytearray()
        self.memo = {} if ver >= 3 else None
        self.pinned = []       # keeps id()-keyed objects alive
        self.counts = None
        self.root = None

    def run(self, value):
        if self.memo is not None:
            self.counts = _count_mutables(value)
            self.root = value
        pending = [iter((value,))]
        while pending:
            try:
                obj = next(pending[-1])
            except StopIteration:
                pending.pop()
                continue
            if len(pending) > _DEPTH_LIMIT:
                raise ValueError('object too deeply nested to marshal')
            children = self.put(obj)
            if children is not None:
                pending.append(children)
        return bytes(self.out)

    def tag(self, code, obj):
        """Write a type code, handling the reference table; False if done."""
        if self.memo is None:
            self.out.append(ord(code))
            return True
        key = _share_key(obj)
        slot = self.memo.get(key)
        if slot is not None:
            self.out.append(ord('r'))
            self.out += _INT32.pack(slot)
            return False
        kind = type(obj)
        if ((kind is list or kind is dict or kind is set)
                and obj is not self.root and self.counts.get(id(obj), 0) < 2):
            self.out.append(ord(code))
            return True
        self.memo[key] = len(self.memo)
        self.pinned.append(obj)
        self.out.append(ord(code) | _FLAG)
        return True

    def size(self, n):
        self.out += _INT32.pack(n)

    def put(self, obj):
        """Write obj's header (or all of it); return an iterator of children."""
        out = self.out
        kind = type(obj)
        if obj is None:
            out += b'N'
        elif obj is True:
            out += b'T'
        elif obj is False:
            out += b'F'
        elif obj is Ellipsis:
            out += b'.'
        elif obj is StopIteration:
            out += b'S'
        elif obj is _DICT_END:
            out += b'0'
        elif kind is int:
            if -(1 << 31) <= obj < (1 << 31):
                if self.tag('i', obj):
                    out += _INT32.pack(obj)
            elif self.tag('l', obj):
                self.put_long(obj)
        elif kind is float:
            if self.ver > 1:
                if self.tag('g', obj):
                    out += _DOUBLE.pack(obj)
            elif self.tag('f', obj):
                self.put_text_float(obj)
        elif kind is complex:
            if self.ver > 1:
                if self.tag('y', obj):
                    out += _TWO_DOUBLES.pack(obj.real, obj.imag)
            elif self.tag('x', obj):
                self.put_text_float(obj.real)
                self.put_text_float(obj.imag)
        elif kind is str:
            self.put_str(obj)
        elif kind is tuple:
            if self.ver >= 4 and len(obj) < 256:
                if self.tag(')', obj):
                    out.append(len(obj))
                    return iter(obj)
            elif self.tag('(', obj):
                self.size(len(obj))
                return iter(obj)
        elif kind is list:
            if self.tag('[', obj):
                self.size(len(obj))
                return iter(obj)
        elif kind is dict:
            if self.tag('{', obj):
                return _dict_children(obj)
        elif kind is set or kind is frozenset:
            if self.tag('<' if kind is set else '>', obj):
                self.size(len(obj))
                return iter(obj)
        elif kind is _CodeType:
            # pyrs's own bytecode, not CPython's: read back by pyrs only.
            if self.tag('c', obj):
                name = obj.co_filename.encode('utf-8', 'surrogatepass')
                body = _imp.code_dumps(obj)
                self.size(len(name))
                out += name
                self.size(len(body))
                out += body
        else:
            self.put_buffer(obj)
        return None

    def put_long(self, number):
        digits = []
        rest = abs(number)
        while rest:
            digits.append(rest & _DIGIT_MASK)
            rest >>= _DIGIT_BITS
        self.size(-len(digits) if number < 0 else len(digits))
        for d in digits:
            self.out += d.to_bytes(2, 'little')

    def put_text_float(self, x):
        text = ('%.17g' % x).encode('ascii')
        self.out.append(len(text))
        self.out += text

    def put_str(self, text):
        interned = _interned_like(text)
        if self.ver >= 4 and text.isascii():
            short = len(text) < 256
            code = ('Z' if short else 'A') if interned else ('z' if short else 'a')
            if self.tag(code, text):
                if short:
                    self.out.append(len(text))
                else:
                    self.size(len(text))
                self.out += text.encode('ascii')
            return
        code = 't' if (interned and self.ver >= 3) else 'u'
        if self.tag(code, text):
            raw = text.encode('utf-8', 'surrogatepass')
            self.size(len(raw))
            self.out += raw

    def put_buffer(self, obj):
        try:
            view = memoryview(obj)
        except TypeError:
            raise ValueError('unmarshallable object') from None
        with view:
            raw = view.tobytes()
        if self.tag('s', obj):
            self.size(len(raw))
            self.out += raw


def dumps(*args, **kwargs):
    """dumps(value, version=4, /) -> bytes holding the marshalled value."""
    if kwargs:
        raise TypeError('marshal.dumps() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        _arity('dumps', args, 1, 2)
    ver = _index_or_fail(args[1]) if len(args) > 1 else version
    return _Encoder(ver).run(args[0])


def dump(*args, **kwargs):
    """dump(value, file, version=4, /): write dumps(value) to file.write()."""
    if kwargs:
        raise TypeError('marshal.dump() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        _arity('dump', args, 2, 3)
    ver = _index_or_fail(args[2]) if len(args) > 2 else version
    data = _Encoder(ver).run(args[0])
    return args[1].write(data)


def _arity(name, args, low, high):
    if len(args) < low:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, low, '' if low == 1 else 's', len(args)))
    raise TypeError('%s expected at most %d argument%s, got %d'
                    % (name, high, '' if high == 1 else 's', len(args)))


# ---------------------------------------------------------------- reading

class _Source:
    """Byte source over an in-memory buffer."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError('marshal data too short')
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def code(self):
        if self.pos >= len(self.data):
            return None
        self.pos += 1
        return self.data[self.pos - 1]


class _FileSource:
    """Byte source pulling exactly the needed bytes from a file's readinto."""

    def __init__(self, file):
        self.file = file

    def _fill(self, n):
        buf = bytearray(n)
        got = self.file.readinto(buf)
        got = _index_or_fail(got) if not isinstance(got, int) else got
        return buf, got

    def take(self, n):
        if n == 0:
            return b''
        buf, got = self._fill(n)
        if got != n:
            if got > n:
                raise ValueError('read() returned too much data: '
                                 '%d bytes requested, %d returned' % (n, got))
            raise EOFError('EOF read where not expected')
        return bytes(buf)

    def code(self):
        buf, got = self._fill(1)
        if got != 1:
            if got > 1:
                raise ValueError('read() returned too much data: '
                                 '%d bytes requested, %d returned' % (1, got))
            return None
        return buf[0]


class _Frame:
    """A container being filled in while its items are read."""

    __slots__ = ('kind', 'left', 'items', 'slot', 'key')

    def __init__(self, kind, left, items, slot):
        self.kind = kind       # 'tuple', 'list', 'dict', 'set', 'frozenset'
        self.left = left       # items still expected (None for dicts)
        self.items = items     # list being built, or the real list/dict/set
        self.slot = slot       # reference-table index, or None
        self.key = _NULL       # dict: key waiting for its value


_RESERVED = _Marker('<reserved>')


class _Decoder:
    def __init__(self, source):
        self.src = source
        self.refs = []

    def int32(self):
        return _INT32.unpack(self.src.take(4))[0]

    def count(self, what):
        n = self.int32()
        if n < 0 or n > _SIZE_MAX:
            raise ValueError('bad marshal data (%s size out of range)' % what)
        return n

    def remember(self, flagged, value):
        if flagged:
            self.refs.append(value)
        return value

    def reserve(self, flagged):
        if not flagged:
            return None
        self.refs.append(_RESERVED)
        return len(self.refs) - 1

    def text_float(self):
        n = self.src.take(1)[0]
        raw = bytes(self.src.take(n)).decode('latin-1')
        if (not raw.isascii() or '_' in raw or raw != raw.strip()):
            raise ValueError('could not convert string to float: %r' % raw)
        return float(raw)

    def long(self):
        n = self.int32()
        if n < -_SIZE_MAX or n > _SIZE_MAX:
            raise ValueError('bad marshal data (long size out of range)')
        total = 0
        width = abs(n)
        for i in range(width):
            digit = int.from_bytes(self.src.take(2), 'little')
            if digit > _DIGIT_MASK:
                raise ValueError(
                    'bad marshal data (digit out of range in long)')
            if digit == 0 and i == width - 1:
                raise ValueError('bad marshal data (unnormalized long data)')
            total |= digit << (i * _DIGIT_BITS)
        return -total if n < 0 else total

    def atom(self, code, flagged):
        """Read a value that has no children; None-returning codes excluded."""
        src = self.src
        if code == 'i':
            return self.remember(flagged, self.int32())
        if code == 'l':
            return self.remember(flagged, self.long())
        if code == 'g':
            return self.remember(flagged, _DOUBLE.unpack(src.take(8))[0])
        if code == 'f':
            return self.remember(flagged, self.text_float())
        if code == 'y':
            re_, im = _TWO_DOUBLES.unpack(src.take(16))
            return self.remember(flagged, complex(re_, im))
        if code == 'x':
            re_ = self.text_float()
            return self.remember(flagged, complex(re_, self.text_float()))
        if code == 's':
            n = self.count('bytes object')
            return self.remember(flagged, bytes(src.take(n)))
        if code in 'ut':
            n = self.count('string')
            text = bytes(src.take(n)).decode('utf-8', 'surrogatepass')
            return self.remember(flagged, text)
        if code in 'aA':
            n = self.count('string')
            return self.remember(flagged, bytes(src.take(n)).decode('latin-1'))
        if code in 'zZ':
            n = src.take(1)[0]
            return self.remember(flagged, bytes(src.take(n)).decode('latin-1'))
        if code == 'c':
            name = bytes(src.take(self.count('code')))
            body = bytes(src.take(self.count('code')))
            value = _imp.code_loads(body, name.decode('utf-8', 'surrogatepass'))
            return self.remember(flagged, value)
        if code == 'r':
            index = self.int32()
            if index < 0 or index >= len(self.refs):
                raise ValueError('bad marshal data (invalid reference)')
            found = self.refs[index]
            if found is _RESERVED:
                raise ValueError('bad marshal data (invalid reference)')
            return found
        raise ValueError('bad marshal data (unknown type code)')

    def open(self, code, flagged):
        """Start a container; return a _Frame, or a finished empty value."""
        if code in '()':
            n = self.count('tuple') if code == '(' else self.src.take(1)[0]
            return _Frame('tuple', n, [], self.reserve(flagged))
        if code == '[':
            n = self.count('list')
            return _Frame('list', n, self.remember(flagged, []), None)
        if code == '{':
            return _Frame('dict', None, self.remember(flagged, {}), None)
        if code == '<':
            n = self.count('set')
            return _Frame('set', n, self.remember(flagged, set()), None)
        n = self.count('set')
        return _Frame('frozenset', n, [], self.reserve(flagged))

    def close(self, frame):
        kind = frame.kind
        if kind == 'tuple':
            value = tuple(frame.items)
        elif kind == 'frozenset':
            value = frozenset(frame.items)
        else:
            return frame.items
        if frame.slot is not None:
            self.refs[frame.slot] = value
        return value

    def run(self):
        stack = []
        while True:
            # An empty fixed-size container is complete before reading.
            top = stack[-1] if stack else None
            if top is not None and top.left == 0:
                value = self.close(stack.pop())
            else:
                if len(stack) + 1 > _DEPTH_LIMIT:
                    raise ValueError('recursion limit exceeded')
                value = self.read_one(stack)
                if isinstance(value, _Frame):
                    stack.append(value)
                    continue
            # Deliver value to the enclosing container, if any.
            while True:
                if not stack:
                    if value is _NULL:
                        raise TypeError(
                            'NULL object in marshal data for object')
                    return value
                top = stack[-1]
                if top.kind == 'dict':
                    if value is _NULL:
                        value = self.close(stack.pop())
                        continue
                    if top.key is _NULL:
                        top.key = value
                    else:
                        top.items[top.key] = value
                        top.key = _NULL
                    break
                if value is _NULL:
                    raise TypeError('NULL object in marshal data for %s'
                                    % ('set' if 'set' in top.kind
                                       else top.kind))
                if top.kind == 'set':
                    top.items.add(value)
                else:
                    top.items.append(value)
                top.left -= 1
                break

    def read_one(self, stack):
        byte = self.src.code()
        if byte is None:
            raise EOFError('EOF read where object expected')
        flagged = bool(byte & _FLAG)
        code = chr(byte & ~_FLAG)
        if code == 'N':
            return None
        if code == 'T':
            return True
        if code == 'F':
            return False
        if code == '.':
            return Ellipsis
        if code == 'S':
            return StopIteration
        if code == '0':
            return _NULL
        if code in '()[{<>':
            return self.open(code, flagged)
        return self.atom(code, flagged)


def loads(*args, **kwargs):
    """loads(bytes, /) -> the value stored in a bytes-like object.

    Extra bytes after the value are ignored.
    """
    if kwargs:
        raise TypeError('marshal.loads() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('marshal.loads() takes exactly one argument '
                        '(%d given)' % len(args))
    data = args[0]
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    return _Decoder(_Source(view.tobytes())).run()


def load(*args, **kwargs):
    """load(file, /) -> read one value from a binary file.

    The file must support read() and readinto(); only the bytes making up
    the value are consumed.
    """
    if kwargs:
        raise TypeError('marshal.load() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('marshal.load() takes exactly one argument '
                        '(%d given)' % len(args))
    file = args[0]
    probe = file.read(0)
    if not isinstance(probe, bytes):
        raise TypeError('file.read() returned not bytes but %s'
                        % type(probe).__name__)
    return _Decoder(_FileSource(file)).run()
