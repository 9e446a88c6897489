"""Tools for looking inside pickles.

dis(pickle, out=None, memo=None, indentlevel=4, annotate=0)
    print a symbolic listing of a pickle's opcodes, checking stack and memo use.
genops(pickle)
    iterate over (opcode, arg, pos) triples of a pickle.
optimize(pickle)
    drop memo stores that are never read back and renumber the rest.

The module also describes the pickle virtual machine: ``opcodes`` lists one
OpcodeInfo per opcode, built from ArgumentDescriptor objects (how an inline
argument is encoded) and StackObject objects (what an opcode pops/pushes).
"""

import codecs
import io
import pickle
import re
import sys

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types if hasattr(pickle, 'bytes_types') else (
    bytes, bytearray)

# Special values for ArgumentDescriptor.n (a non-negative n is a fixed size).
UP_TO_NEWLINE = -1          # the argument runs up to a newline
TAKEN_FROM_ARGUMENT1 = -2   # a 1-byte length prefix gives the size
TAKEN_FROM_ARGUMENT4 = -3   # a signed 4-byte length prefix gives the size
TAKEN_FROM_ARGUMENT4U = -4  # an unsigned 4-byte length prefix
TAKEN_FROM_ARGUMENT8U = -5  # an unsigned 8-byte length prefix


class ArgumentDescriptor(object):
    """How an opcode's inline argument is laid out in the byte stream."""

    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        if not isinstance(name, str):
            raise TypeError('name must be a str')
        if not (isinstance(n, int) and n >= TAKEN_FROM_ARGUMENT8U):
            raise ValueError('bad argument size %r' % (n,))
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


# ------------------------------------------------------------ arg readers

def _exact(f, size, label):
    chunk = f.read(size)
    if len(chunk) != size:
        raise ValueError('not enough data in stream to read ' + label)
    return chunk


def _sized(f, size, label):
    chunk = f.read(size)
    if len(chunk) != size:
        raise ValueError('expected %d bytes in a %s, but only %d remain'
                         % (size, label, len(chunk)))
    return chunk


def _line(f, label):
    raw = f.readline()
    if not raw.endswith(b'\n'):
        raise ValueError('no newline found when trying to read ' + label)
    return raw[:-1]


def read_uint1(f):
    """Read one unsigned byte."""
    return _exact(f, 1, 'uint1')[0]


def read_uint2(f):
    """Read a 2-byte little-endian unsigned int."""
    return int.from_bytes(_exact(f, 2, 'uint2'), 'little')


def read_int4(f):
    """Read a 4-byte little-endian signed int."""
    return int.from_bytes(_exact(f, 4, 'int4'), 'little', signed=True)


def read_uint4(f):
    """Read a 4-byte little-endian unsigned int."""
    return int.from_bytes(_exact(f, 4, 'uint4'), 'little')


def read_uint8(f):
    """Read an 8-byte little-endian unsigned int."""
    return int.from_bytes(_exact(f, 8, 'uint8'), 'little')


def read_stringnl(f, decode=True, stripquotes=True):
    """Read a newline-terminated string, optionally quoted and escaped."""
    text = _line(f, 'stringnl')
    if stripquotes:
        quote = text[:1]
        if quote not in (b'"', b"'"):
            raise ValueError('no string quotes around %r' % text)
        if not text.endswith(quote):
            raise ValueError('strinq quote %r not found at both ends of %r'
                             % (quote, text))
        text = text[1:-1]
    if decode:
        text = codecs.escape_decode(text)[0].decode('ascii')
    return text


def read_stringnl_noescape(f):
    """Read a newline-terminated string without surrounding quotes."""
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    """Read two newline-terminated strings; return them joined by a blank."""
    first = read_stringnl_noescape(f)
    return '%s %s' % (first, read_stringnl_noescape(f))


def read_string1(f):
    """Read a 1-byte length then that many bytes, as latin-1 text."""
    return _sized(f, read_uint1(f), 'string1').decode('latin-1')


def read_string4(f):
    """Read a signed 4-byte length then that many bytes, as latin-1 text."""
    size = read_int4(f)
    if size < 0:
        raise ValueError('string4 byte count < 0: %d' % size)
    return _sized(f, size, 'string4').decode('latin-1')


def read_bytes1(f):
    """Read a 1-byte length then that many bytes."""
    return _sized(f, read_uint1(f), 'bytes1')


def read_bytes4(f):
    """Read an unsigned 4-byte length then that many bytes."""
    return _sized(f, read_uint4(f), 'bytes4')


def _checked_len8(size, label):
    if size > sys.maxsize:
        raise ValueError('%s byte count > sys.maxsize: %d' % (label, size))
    return size


def read_bytes8(f):
    """Read an unsigned 8-byte length then that many bytes."""
    size = _checked_len8(read_uint8(f), 'bytes8')
    return _sized(f, size, 'bytes8')


def read_bytearray8(f):
    """Read an unsigned 8-byte length then that many bytes, as a bytearray."""
    size = _checked_len8(read_uint8(f), 'bytearray8')
    return bytearray(_sized(f, size, 'bytearray8'))


def read_unicodestringnl(f):
    """Read a raw-unicode-escape encoded line."""
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def _utf8(raw):
    return str(raw, 'utf-8', 'surrogatepass')


def read_unicodestring1(f):
    """Read a 1-byte length then that many UTF-8 bytes."""
    return _utf8(_sized(f, read_uint1(f), 'unicodestring1'))


def read_unicodestring4(f):
    """Read an unsigned 4-byte length then that many UTF-8 bytes."""
    return _utf8(_sized(f, read_uint4(f), 'unicodestring4'))


def read_unicodestring8(f):
    """Read an unsigned 8-byte length then that many UTF-8 bytes."""
    size = _checked_len8(read_uint8(f), 'unicodestring8')
    return _utf8(_sized(f, size, 'unicodestring8'))


def read_decimalnl_short(f):
    """Read a decimal line; "00" and "01" mean False and True."""
    digits = read_stringnl(f, decode=False, stripquotes=False)
    special = {b'00': False, b'01': True}
    if digits in special:
        return special[digits]
    return int(digits)


def read_decimalnl_long(f):
    """Read a decimal line with an optional trailing "L"."""
    digits = read_stringnl(f, decode=False, stripquotes=False)
    if digits.endswith(b'L'):
        digits = digits[:-1]
    return int(digits)


def read_floatnl(f):
    """Read a float written as text on its own line."""
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    """Read an 8-byte big-endian IEEE double."""
    import struct
    return struct.unpack('>d', _exact(f, 8, 'float8'))[0]


def decode_long(data):
    """Turn little-endian two's complement bytes into an int (b'' is 0)."""
    return int.from_bytes(data, 'little', signed=True)


def read_long1(f):
    """Read a 1-byte length then a two's complement little-endian int."""
    size = read_uint1(f)
    return decode_long(_exact(f, size, 'long1') if size else b'')


def read_long4(f):
    """Read a signed 4-byte length then a two's complement int."""
    size = read_int4(f)
    if size < 0:
        raise ValueError('long4 byte count < 0: %d' % size)
    return decode_long(_exact(f, size, 'long4') if size else b'')


def _arg(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)


uint1 = _arg('uint1', 1, read_uint1, 'One-byte unsigned integer.')
uint2 = _arg('uint2', 2, read_uint2, 'Two-byte unsigned integer, LSB first.')
int4 = _arg('int4', 4, read_int4, 'Four-byte signed integer, LSB first.')
uint4 = _arg('uint4', 4, read_uint4, 'Four-byte unsigned integer, LSB first.')
uint8 = _arg('uint8', 8, read_uint8, 'Eight-byte unsigned integer, LSB first.')
stringnl = _arg('stringnl', UP_TO_NEWLINE, read_stringnl,
                'Quoted, escaped string ending at a newline.')
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE,
                         read_stringnl_noescape,
                         'Unquoted string ending at a newline.')
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE,
                              read_stringnl_noescape_pair,
                              'Two unquoted newline-terminated strings.')
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, read_string1,
               'Bytes with a one-byte length prefix, shown as latin-1 text.')
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, read_string4,
               'Bytes with a signed 4-byte length prefix, as latin-1 text.')
bytes1 = _arg('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1,
              'Bytes with a one-byte length prefix.')
bytes4 = _arg('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4,
              'Bytes with an unsigned 4-byte length prefix.')
bytes8 = _arg('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8,
              'Bytes with an unsigned 8-byte length prefix.')
bytearray8 = _arg('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8,
                  'Bytearray data with an unsigned 8-byte length prefix.')
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
                       'raw-unicode-escape text ending at a newline.')
unicodestring1 = _arg('unicodestring1', TAKEN_FROM_ARGUMENT1,
                      read_unicodestring1,
                      'UTF-8 text with a one-byte length prefix.')
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4U,
                      read_unicodestring4,
                      'UTF-8 text with an unsigned 4-byte length prefix.')
unicodestring8 = _arg('unicodestring8', TAKEN_FROM_ARGUMENT8U,
                      read_unicodestring8,
                      'UTF-8 text with an unsigned 8-byte length prefix.')
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short,
                       'Decimal digits on a line; 00/01 stand for bools.')
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
                      'Decimal digits on a line, maybe ending in L.')
floatnl = _arg('floatnl', UP_TO_NEWLINE, read_floatnl,
               'A float in text form on a line.')
float8 = _arg('float8', 8, read_float8, 'Big-endian 8-byte IEEE double.')
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, read_long1,
             'Two\'s complement int with a one-byte length prefix.')
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, read_long4,
             'Two\'s complement int with a signed 4-byte length prefix.')


# ------------------------------------------------------------ stack objects

class StackObject(object):
    """A kind of value living on the unpickling stack."""

    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        if not isinstance(name, str):
            raise TypeError('name must be a str')
        self.name = name
        kinds = obtype if isinstance(obtype, tuple) else (obtype,)
        if not all(isinstance(k, type) for k in kinds):
            raise TypeError('obtype must be a type or a tuple of types')
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject('int', int, 'A Python int.')
pyinteger_or_bool = StackObject('int_or_bool', (int, bool),
                                'A Python int or bool.')
pybool = StackObject('bool', bool, 'A Python bool.')
pyfloat = StackObject('float', float, 'A Python float.')
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str),
                                        'A bytes or str object.')
pybytes = StackObject('bytes', bytes, 'A Python bytes object.')
pybytearray = StackObject('bytearray', bytearray, 'A Python bytearray.')
pyunicode = StackObject('str', str, 'A Python str.')
pynone = StackObject('None', type(None), 'The None object.')
pytuple = StackObject('tuple', tuple, 'A Python tuple.')
pylist = StackObject('list', list, 'A Python list.')
pydict = StackObject('dict', dict, 'A Python dict.')
pyset = StackObject('set', set, 'A Python set.')
pyfrozenset = StackObject('frozenset', set, 'A Python frozenset.')
pybuffer = StackObject('buffer', object, 'An object exposing a buffer.')
anyobject = StackObject('any', object, 'Any object at all.')
markobject = StackObject('mark', StackObject,
                         'The marker pushed by MARK; it delimits a slice.')
stackslice = StackObject('stackslice', StackObject,
                         'Every object above the topmost mark.')


# ------------------------------------------------------------ opcodes

class OpcodeInfo(object):
    """Description of one pickle opcode."""

    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto,
                 doc):
        if not (isinstance(code, str) and len(code) == 1):
            raise ValueError('opcode code must be a 1-character str')
        if not 0 <= proto <= pickle.HIGHEST_PROTOCOL:
            raise ValueError('bad protocol %r' % (proto,))
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


def _build_opcodes():
    """Create the OpcodeInfo list from a compact table."""
    mark, slc, any_ = markobject, stackslice, anyobject
    table = [
        # name, code, arg, before, after, proto, doc
        ('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0,
         'Push an int (or a bool) written in decimal.'),
        ('BININT', 'J', int4, [], [pyint], 1,
         'Push a signed 4-byte int.'),
        ('BININT1', 'K', uint1, [], [pyint], 1,
         'Push an unsigned 1-byte int.'),
        ('BININT2', 'M', uint2, [], [pyint], 1,
         'Push an unsigned 2-byte int.'),
        ('LONG', 'L', decimalnl_long, [], [pyint], 0,
         'Push an int written in decimal (old long form).'),
        ('LONG1', '\x8a', long1, [], [pyint], 2,
         'Push an int given as up to 255 bytes.'),
        ('LONG4', '\x8b', long4, [], [pyint], 2,
         'Push an int given as a long byte string.'),
        ('STRING', 'S', stringnl, [], [pybytes_or_str], 0,
         'Push a quoted Python 2 string.'),
        ('BINSTRING', 'T', string4, [], [pybytes_or_str], 1,
         'Push a Python 2 string with a 4-byte length.'),
        ('SHORT_BINSTRING', 'U', string1, [], [pybytes_or_str], 1,
         'Push a Python 2 string with a 1-byte length.'),
        ('BINBYTES', 'B', bytes4, [], [pybytes], 3,
         'Push bytes with a 4-byte length.'),
        ('SHORT_BINBYTES', 'C', bytes1, [], [pybytes], 3,
         'Push bytes with a 1-byte length.'),
        ('BINBYTES8', '\x8e', bytes8, [], [pybytes], 4,
         'Push bytes with an 8-byte length.'),
        ('BYTEARRAY8', '\x96', bytearray8, [], [pybytearray], 5,
         'Push a bytearray with an 8-byte length.'),
        ('NEXT_BUFFER', '\x97', None, [], [pybuffer], 5,
         'Push the next out-of-band buffer.'),
        ('READONLY_BUFFER', '\x98', None, [pybuffer], [pybuffer], 5,
         'Make the buffer on top of the stack read-only.'),
        ('NONE', 'N', None, [], [pynone], 0, 'Push None.'),
        ('NEWTRUE', '\x88', None, [], [pybool], 2, 'Push True.'),
        ('NEWFALSE', '\x89', None, [], [pybool], 2, 'Push False.'),
        ('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0,
         'Push a str given as raw-unicode-escape text.'),
        ('SHORT_BINUNICODE', '\x8c', unicodestring1, [], [pyunicode], 4,
         'Push a UTF-8 str with a 1-byte length.'),
        ('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1,
         'Push a UTF-8 str with a 4-byte length.'),
        ('BINUNICODE8', '\x8d', unicodestring8, [], [pyunicode], 4,
         'Push a UTF-8 str with an 8-byte length.'),
        ('FLOAT', 'F', floatnl, [], [pyfloat], 0,
         'Push a float written as text.'),
        ('BINFLOAT', 'G', float8, [], [pyfloat], 1,
         'Push a float given as 8 big-endian bytes.'),
        ('EMPTY_LIST', ']', None, [], [pylist], 1, 'Push [].'),
        ('APPEND', 'a', None, [pylist, any_], [pylist], 0,
         'Append the top item to the list below it.'),
        ('APPENDS', 'e', None, [pylist, mark, slc], [pylist], 1,
         'Extend a list with the items above the mark.'),
        ('LIST', 'l', None, [mark, slc], [pylist], 0,
         'Replace the items above the mark by a list of them.'),
        ('EMPTY_TUPLE', ')', None, [], [pytuple], 1, 'Push ().'),
        ('TUPLE', 't', None, [mark, slc], [pytuple], 0,
         'Replace the items above the mark by a tuple of them.'),
        ('TUPLE1', '\x85', None, [any_], [pytuple], 2,
         'Wrap the top item in a 1-tuple.'),
        ('TUPLE2', '\x86', None, [any_, any_], [pytuple], 2,
         'Pack the top two items into a tuple.'),
        ('TUPLE3', '\x87', None, [any_, any_, any_], [pytuple], 2,
         'Pack the top three items into a tuple.'),
        ('EMPTY_DICT', '}', None, [], [pydict], 1, 'Push {}.'),
        ('DICT', 'd', None, [mark, slc], [pydict], 0,
         'Replace key/value items above the mark by a dict.'),
        ('SETITEM', 's', None, [pydict, any_, any_], [pydict], 0,
         'Store one key/value pair into the dict below them.'),
        ('SETITEMS', 'u', None, [pydict, mark, slc], [pydict], 1,
         'Store the key/value pairs above the mark into a dict.'),
        ('EMPTY_SET', '\x8f', None, [], [pyset], 4, 'Push an empty set.'),
        ('ADDITEMS', '\x90', None, [pyset, mark, slc], [pyset], 4,
         'Add the items above the mark to a set.'),
        ('FROZENSET', '\x91', None, [mark, slc], [pyfrozenset], 4,
         'Replace the items above the mark by a frozenset.'),
        ('POP', '0', None, [any_], [], 0,
         'Discard the top item.'),
        ('DUP', '2', None, [any_], [any_, any_], 0,
         'Push a second reference to the top item.'),
        ('MARK', '(', None, [], [mark], 0,
         'Push a mark.'),
        ('POP_MARK', '1', None, [mark, slc], [], 1,
         'Discard everything down to and including the top mark.'),
        ('GET', 'g', decimalnl_short, [], [any_], 0,
         'Push a memo entry (index written in decimal).'),
        ('BINGET', 'h', uint1, [], [any_], 1,
         'Push a memo entry (1-byte index).'),
        ('LONG_BINGET', 'j', uint4, [], [any_], 1,
         'Push a memo entry (4-byte index).'),
        ('PUT', 'p', decimalnl_short, [], [], 0,
         'Save the top item in the memo (index in decimal).'),
        ('BINPUT', 'q', uint1, [], [], 1,
         'Save the top item in the memo (1-byte index).'),
        ('LONG_BINPUT', 'r', uint4, [], [], 1,
         'Save the top item in the memo (4-byte index).'),
        ('MEMOIZE', '\x94', None, [any_], [any_], 4,
         'Save the top item in the memo under the next free index.'),
        ('EXT1', '\x82', uint1, [], [any_], 2,
         'Push an object from the extension registry (1-byte code).'),
        ('EXT2', '\x83', uint2, [], [any_], 2,
         'Push an object from the extension registry (2-byte code).'),
        ('EXT4', '\x84', int4, [], [any_], 2,
         'Push an object from the extension registry (4-byte code).'),
        ('GLOBAL', 'c', stringnl_noescape_pair, [], [any_], 0,
         'Push a global named by module and qualified name lines.'),
        ('STACK_GLOBAL', '\x93', None, [pyunicode, pyunicode], [any_], 4,
         'Push a global named by two strs on the stack.'),
        ('REDUCE', 'R', None, [any_, any_], [any_], 0,
         'Call a callable with an argument tuple.'),
        ('BUILD', 'b', None, [any_, any_], [any_], 0,
         'Set an object\'s state (via __setstate__ or its dict).'),
        ('INST', 'i', stringnl_noescape_pair, [mark, slc], [any_], 0,
         'Create an instance of a named class from the marked items.'),
        ('OBJ', 'o', None, [mark, any_, slc], [any_], 1,
         'Create an instance of a class on the stack from marked items.'),
        ('NEWOBJ', '\x81', None, [any_, any_], [any_], 2,
         'Call cls.__new__(cls, *args).'),
        ('NEWOBJ_EX', '\x92', None, [any_, any_, any_], [any_], 4,
         'Call cls.__new__(cls, *args, **kwargs).'),
        ('PROTO', '\x80', uint1, [], [], 2,
         'Declare the pickle protocol.'),
        ('STOP', '.', None, [any_], [], 0,
         'Finish: the top item is the result.'),
        ('FRAME', '\x95', uint8, [], [], 4,
         'Start a frame of the given byte length.'),
        ('PERSID', 'P', stringnl_noescape, [], [any_], 0,
         'Push a persistent object by text id.'),
        ('BINPERSID', 'Q', None, [any_], [any_], 1,
         'Push a persistent object by an id taken from the stack.'),
    ]
    return [OpcodeInfo(*row) for row in table]


opcodes = _build_opcodes()
code2op = {op.code: op for op in opcodes}
del _build_opcodes

_MEMO_STORES = frozenset(('PUT', 'BINPUT', 'LONG_BINPUT', 'MEMOIZE'))
_MEMO_LOADS = frozenset(('GET', 'BINGET', 'LONG_BINGET'))


# ------------------------------------------------------------ genops

def _scan(source):
    # Yields (opcode, argument, start, end) for each opcode up to STOP.
    # start/end are stream offsets, or None when the stream cannot tell().
    if isinstance(source, bytes_types):
        source = io.BytesIO(source)
    fetch = source.read
    where = getattr(source, 'tell', None)
    while True:
        start = where() if where is not None else None
        code = fetch(1)
        if not code:
            raise ValueError('pickle exhausted before seeing STOP')
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            shown = '<unknown>' if start is None else start
            raise ValueError('at position %s, opcode %r unknown'
                             % (shown, code))
        value = None if op.arg is None else op.arg.reader(source)
        end = where() if where is not None else None
        yield op, value, start, end
        if op.code == '.':
            return


def genops(pickle):
    """Iterate over the opcodes of a pickle, yielding (opcode, arg, pos).

    pickle is a bytes-like object or a binary file; pos is the offset of
    the opcode (None when the file has no tell()).  Stops after STOP.
    """
    for op, value, start, _ in _scan(pickle):
        yield op, value, start


# ------------------------------------------------------------ optimize

_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


class _FramedOutput:
    """Collects opcodes into FRAME blocks the way the pickler does."""

    def __init__(self, sink, framing):
        self.sink = sink
        self.framing = framing
        self.block = bytearray()

    def flush(self, force=False):
        if not self.framing or not self.block:
            return
        if not force and len(self.block) < _FRAME_TARGET:
            return
        if len(self.block) >= _FRAME_MIN:
            self.sink += b'\x95' + len(self.block).to_bytes(8, 'little')
        self.sink += self.block
        self.block = bytearray()

    def add(self, piece):
        if self.framing:
            self.block += piece
        else:
            self.sink += piece

    def add_unframed(self, piece):
        self.flush(force=True)
        self.sink += piece


def _store_op(index, proto):
    if proto >= 4:
        return b'\x94'
    if proto >= 1:
        if index < 256:
            return b'q' + bytes((index,))
        return b'r' + index.to_bytes(4, 'little')
    return b'p' + repr(index).encode('ascii') + b'\n'


def _load_op(index, proto):
    if proto >= 1:
        if index < 256:
            return b'h' + bytes((index,))
        return b'j' + index.to_bytes(4, 'little')
    return b'g' + repr(index).encode('ascii') + b'\n'


def optimize(p):
    """Return a smaller equivalent pickle.

    Memo stores that are never read back are dropped, the remaining ones
    are renumbered from 0, and (protocol 4 and up) the result is framed
    again.
    """
    ops = list(_scan(p))
    # First pass: which memo slots are ever fetched, the memo slot of each
    # store, and the protocol to write memo opcodes with.
    fetched = set()
    slots = {}
    filled = set()
    proto = 0
    for index, (op, value, _, _) in enumerate(ops):
        if op.name in _MEMO_STORES:
            slot = len(filled) if op.name == 'MEMOIZE' else value
            filled.add(slot)
            slots[index] = slot
        elif op.name in _MEMO_LOADS:
            fetched.add(value)
            proto = max(proto, op.proto)
        elif op.name == 'PROTO':
            proto = max(proto, value)
    if proto > pickle.HIGHEST_PROTOCOL:
        raise ValueError('pickle protocol must be <= %d'
                         % pickle.HIGHEST_PROTOCOL)
    # Second pass: write the result.
    sink = bytearray()
    out = _FramedOutput(sink, proto >= 4)
    renamed = {}
    issued = 0
    for index, (op, value, start, end) in enumerate(ops):
        if index in slots:
            if slots[index] in fetched:
                renamed[slots[index]] = issued
                out.add(_store_op(issued, proto))
                issued += 1
        elif op.name in _MEMO_LOADS:
            out.add(_load_op(renamed.get(value), proto))
        elif op.name == 'FRAME':
            pass
        else:
            raw = p[start:end]
            if (op.name == 'PROTO' and index == 0) or len(raw) > _FRAME_TARGET:
                out.add_unframed(raw)
            else:
                out.add(raw)
        out.flush()
    out.flush(force=True)
    return bytes(sink)


# ------------------------------------------------------------ dis

_WIDE_LINE = 50


class _Listing:
    """State of one dis() run: the simulated stack, marks and memo."""

    def __init__(self, out, memo, step, annotate):
        self.out = out
        self.memo = memo
        self.step = step
        self.annotate = annotate
        self.doc_column = annotate
        self.stack = []
        self.marks = []         # offsets of the MARK opcodes still open
        self.top_proto = 0

    def pop_to_mark(self):
        # Returns the note shown for an opcode that consumes a MARK.
        if not self.marks:
            return None, 'no MARK exists on stack'
        opened = self.marks.pop()
        while self.stack[-1] is not markobject:
            self.stack.pop()
        self.stack.pop()
        if opened is None:
            return '(MARK at unknown opcode offset)', None
        return '(MARK at %d)' % opened, None

    def store(self, op, value):
        # Memo bookkeeping for PUT/BINPUT/LONG_BINPUT/MEMOIZE.
        slot = len(self.memo) if op.name == 'MEMOIZE' else value
        if slot in self.memo:
            return slot, 'memo key %r already defined' % slot
        if not self.stack:
            return slot, "stack is empty -- can't store into memo"
        if self.stack[-1] is markobject:
            return slot, "can't store markobject in the memo"
        self.memo[slot] = self.stack[-1]
        return slot, None

    def step_over(self, op, value, start):
        if start is not None:
            print('%5d:' % start, end=' ', file=self.out)
        self.top_proto = max(self.top_proto, op.proto)
        consumed = op.stack_before
        produced = op.stack_after
        depth = len(self.marks)
        notes = [] if op.arg is None else [repr(value)]
        problem = None
        if op.name == 'POP' and self.stack and self.stack[-1] is markobject:
            # Popping a bare mark behaves like POP_MARK.
            consumed = [markobject, stackslice]
        if markobject in consumed:
            note, problem = self.pop_to_mark()
            notes.append(note or problem)
            consumed = consumed[:consumed.index(markobject)]
        if op.name in _MEMO_STORES:
            slot, problem = self.store(op, value)
            if op.name == 'MEMOIZE':
                notes.append('(as %d)' % slot)
        elif op.name in _MEMO_LOADS:
            if value in self.memo:
                produced = [self.memo[value]]
            else:
                problem = 'memo key %r has never been stored into' % value
        if problem is None and len(consumed) > len(self.stack):
            problem = ('tries to pop %d items from stack with only %d items'
                       % (len(consumed), len(self.stack)))
        if problem is None:
            if consumed:
                del self.stack[-len(consumed):]
            if op.name == 'MARK':
                self.marks.append(start)
            self.stack.extend(produced)
        self.emit(op, depth, notes)
        if problem is not None:
            raise ValueError(problem)

    def emit(self, op, depth, notes):
        text = '%-4s %s%s' % (repr(op.code)[1:-1], ' ' * (self.step * depth),
                              op.name)
        if notes:
            text = '%s %s' % (text.ljust(len(text) - len(op.name) + 10),
                              ' '.join(notes))
        if self.annotate:
            if len(text) > _WIDE_LINE:
                # A very long line starts the alignment afresh.
                self.doc_column = self.annotate
            else:
                self.doc_column = max(self.doc_column, len(text))
            summary = op.doc.split('\n', 1)[0]
            text = '%s %s' % (text.ljust(self.doc_column), summary)
        print(text, file=self.out)

    def finish(self):
        print('highest protocol among opcodes =', self.top_proto,
              file=self.out)
        if self.stack:
            raise ValueError('stack not empty after STOP: %r' % self.stack)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of a pickle to out (default sys.stdout).

    The stack and memo effects of each opcode are checked as it goes;
    memo (a dict) may be shared across calls for pickles written by one
    Pickler.  indentlevel spaces indent each open MARK level; a non-zero
    annotate adds a short description of each opcode, aligned from that
    column on.
    """
    if out is None:
        out = sys.stdout
    if memo is None:
        memo = {}
    state = _Listing(out, memo, indentlevel, annotate)
    for op, value, start in genops(pickle):
        state.step_over(op, value, start)
    state.finish()
