"""Object serialization to byte streams (CPython's pickle module, written for pyrs).

The byte stream produced by `dumps` matches CPython's C pickler opcode for opcode
(memo numbering, batching, framing), and `loads` reads pickles of every protocol.
"""

import sys
import io
import codecs
import copyreg
import operator
import struct
from functools import reduce as _fold
from types import FunctionType

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Base class of the errors raised by this module."""


class PicklingError(PickleError):
    """Raised when an object cannot be written to a pickle."""


class UnpicklingError(PickleError):
    """Raised when a pickle cannot be read back (corrupt data, bad opcode, ...)."""


# --- opcodes ------------------------------------------------------------------------------
# Protocol 0 (text) and 1 (binary).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# Protocol 2.
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# Protocol 3.
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# Protocol 4.
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# Protocol 5.
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

__all__.extend(sorted(_n for _n in list(globals()) if _n.isupper() and _n[0] != '_'))

_FRAME_TARGET = 64 * 1024      # a frame is closed once it holds this much
_FRAME_MIN = 4                 # shorter frames are written without a FRAME header
_BATCH = 1000                  # items per APPENDS / SETITEMS / ADDITEMS group
_NOTHING = object()            # marks 'no item held' in Pickler._emit_groups

_pack = struct.pack
_unpack = struct.unpack
_unpack_from = struct.unpack_from

_NO_FRAME = 1 << 62            # Pickler._frame_limit when there is no open frame
_NONE_TYPE = type(None)
_NOT_IMPLEMENTED_TYPE = type(NotImplemented)
_ELLIPSIS_TYPE = type(...)

# Ready-made opcodes with a one-byte argument, indexed by that argument.
_BININT1_OPS = [BININT1 + bytes((_n,)) for _n in range(256)]
_BINGET_OPS = [BINGET + bytes((_n,)) for _n in range(256)]
_BINPUT_OPS = [BINPUT + bytes((_n,)) for _n in range(256)]
_SHORT_BINUNICODE_OPS = [SHORT_BINUNICODE + bytes((_n,)) for _n in range(256)]
_SHORT_BINBYTES_OPS = [SHORT_BINBYTES + bytes((_n,)) for _n in range(256)]


# --- integers in two's complement --------------------------------------------------------

def encode_long(x):
    """Return x as the shortest little-endian two's complement byte string (b'' for 0)."""
    if x == 0:
        return b''
    magnitude = x if x >= 0 else ~x
    return x.to_bytes((magnitude.bit_length() + 8) // 8, 'little', signed=True)


def decode_long(data):
    """Inverse of encode_long: read a little-endian two's complement integer."""
    return int.from_bytes(data, 'little', signed=True)


# --- PickleBuffer -------------------------------------------------------------------------

class PickleBuffer:
    """Wrapper for a buffer that may be sent out-of-band with protocol 5."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw bytes underlying the buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        """Release the underlying buffer."""
        self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# --- Python 2 name compatibility (fix_imports) -----------------------------------------

_PY2_EXCEPTIONS = frozenset("""
    ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
    DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning
    GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError
    KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
    StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError
    UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
    UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
""".split())

# Python 3 OSError subclasses that Python 2 only knew as OSError.
_PY3_OSERRORS = frozenset("""
    BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
    InterruptedError IsADirectoryError NotADirectoryError PermissionError
    ProcessLookupError TimeoutError
""".split())

# (module, name) pairs renamed between the two major versions: Python 3 -> Python 2.
_NAMES_3TO2 = {
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
}

# Modules that only changed their name: Python 3 -> Python 2.
_MODULES_3TO2 = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser', 'reprlib': 'repr',
    '_thread': 'thread', '_dummy_thread': 'dummy_thread', 'pickle': 'cPickle',
    'subprocess': 'subprocess', 'html.entities': 'htmlentitydefs',
    'html.parser': 'HTMLParser', 'http.client': 'httplib', 'http.cookies': 'Cookie',
    'http.cookiejar': 'cookielib', 'urllib.parse': 'urlparse',
    'xmlrpc.client': 'xmlrpclib', 'dbm.bsd': 'dbhash', 'dbm.dumb': 'dumbdbm',
    'dbm.gnu': 'gdbm', 'dbm.ndbm': 'dbm', 'dbm': 'anydbm', 'tkinter': 'Tkinter',
    '_markupbase': 'markupbase', 'urllib.robotparser': 'robotparser',
    'io': 'io', 'collections': 'collections',
}


def _py3_to_py2(module, name):
    """Translate a global reference for protocols 0-2 when fix_imports is on."""
    renamed = _NAMES_3TO2.get((module, name))
    if renamed is not None:
        return renamed
    if module == 'builtins':
        if name in _PY3_OSERRORS:
            return 'exceptions', 'OSError'
        if name in _PY2_EXCEPTIONS:
            return 'exceptions', name
    return _MODULES_3TO2.get(module, module), name


# The reverse direction, used by Unpickler.find_class for protocols 0-2.
_NAMES_2TO3 = {two: three for three, two in _NAMES_3TO2.items()
               if three[0] != 'builtins' or three[1] != 'ModuleNotFoundError'}
_NAMES_2TO3.update({
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'raw_input'): ('builtins', 'input'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
})
_MODULES_2TO3 = {two: three for three, two in _MODULES_3TO2.items()}
# Accelerator modules written under their Python module's name (one way only).
_MODULES_3TO2.update({'_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
                      '_gdbm': 'gdbm', '_pickle': 'pickle'})
_MODULES_2TO3.update({'exceptions': 'builtins', 'cStringIO': 'io', 'StringIO': 'io',
                      'cPickle': 'pickle', 'UserDict': 'collections',
                      'UserList': 'collections', 'UserString': 'collections'})


def _py2_to_py3(module, name):
    renamed = _NAMES_2TO3.get((module, name))
    if renamed is not None:
        return renamed
    return _MODULES_2TO3.get(module, module), name


# --- looking up objects by qualified name -----------------------------------------------

def _lookup_path(root, steps):
    """getattr along steps (a list of attribute names), starting at root."""
    return _fold(getattr, steps, root)


# Entries of sys.modules that whichmodule never answers with.
_MAIN_ALIASES = ('__main__', '__mp_main__')


def _module_defines(module, steps, obj):
    if module is None:
        return False
    try:
        return _lookup_path(module, steps) is obj
    except AttributeError:
        return False


def whichmodule(obj, name):
    """Return the name of the module `obj` (known by qualified `name`) lives in."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    steps = name.split('.')
    homes = (modname for modname, module in list(sys.modules.items())
             if modname not in _MAIN_ALIASES and _module_defines(module, steps, obj))
    return next(homes, '__main__')


# --- emulation of object.__reduce_ex__ --------------------------------------------------
# pyrs's built-in object.__reduce_ex__ does not yet cover everything CPython's does
# (slots, list/dict subclasses, __getnewargs__ of built-in bases, the __reduce__ of
# several built-in types), so the pickler computes the default reduction itself.

def _is_builtin_class(klass):
    flags = getattr(klass, '__flags__', None)
    if flags is not None:
        return not flags & (1 << 9)
    return klass is object or klass.__module__ == 'builtins'


def _builtin_base(cls):
    for klass in cls.__mro__:
        if _is_builtin_class(klass):
            return klass
    return object


def _default_getstate(obj, must_be_plain):
    """What object.__getstate__ returns: the instance dict (None if empty), paired with
    the slot values when the class has slots."""
    cls = type(obj)
    if must_be_plain and _builtin_base(cls) is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    state = getattr(obj, '__dict__', None) or None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for slot in names:
            try:
                slots[slot] = getattr(obj, slot)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _new_arguments(obj):
    """Return (args, kwargs) from __getnewargs_ex__ / __getnewargs__, or (None, None)."""
    hook = getattr(obj, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must "
                            "be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must "
                            "be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    hook = getattr(obj, '__getnewargs__', None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    return None, None


def _reduce_protocol2(obj):
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    plain = args is None and not isinstance(obj, (list, dict))
    getstate = getattr(cls, '__getstate__', None)
    if getstate is None or getstate is getattr(object, '__getstate__', None):
        state = _default_getstate(obj, plain)
    else:
        state = obj.__getstate__()
    if args is None:
        args = ()
    if kwargs:
        recipe = (copyreg.__newobj_ex__, (cls, args, kwargs))
    else:
        recipe = (copyreg.__newobj__, (cls,) + args)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return recipe + (state, items, pairs)


def _reduce_set(s):
    return type(s), (list(s),), getattr(s, '__dict__', None) or None


def _reduce_exception(e):
    extra = getattr(e, '__dict__', None)
    if extra:
        return type(e), e.args, extra
    return type(e), e.args


def _reduce_partial(p):
    return (type(p), (p.func,),
            (p.func, p.args, p.keywords or None, getattr(p, '__dict__', None) or None))


def _reduce_builtin_function(f):
    owner = getattr(f, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        return f.__qualname__
    return getattr, (owner, f.__name__)


def _reduce_method(m):
    return getattr, (m.__self__, m.__func__.__name__)


def _cannot_pickle(obj):
    raise TypeError("cannot pickle %r object" % type(obj).__name__)


_BUILTIN_REDUCERS = {
    set: _reduce_set,
    frozenset: _reduce_set,
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    range: lambda r: (range, (r.start, r.stop, r.step)),
    type(...): lambda e: 'Ellipsis',
    type(NotImplemented): lambda n: 'NotImplemented',
    type(len): _reduce_builtin_function,
    BaseException: _reduce_exception,
    memoryview: lambda m: _raise(TypeError("cannot pickle memoryview objects")),
}


def _raise(exc):
    raise exc


def _add_optional_reducers():
    import types
    import functools
    _BUILTIN_REDUCERS[types.MethodType] = _reduce_method
    for kind in (types.ModuleType, types.GeneratorType):
        _BUILTIN_REDUCERS[kind] = _cannot_pickle
    partial = getattr(functools, 'partial', None)
    if isinstance(partial, type) and partial.__reduce__ is object.__reduce__:
        _BUILTIN_REDUCERS[partial] = _reduce_partial


_add_optional_reducers()


def _object_reduce_ex(obj, proto):
    """Compute what CPython's object.__reduce_ex__(proto) returns for obj."""
    cls = type(obj)
    if cls.__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    for klass in cls.__mro__:
        special = _BUILTIN_REDUCERS.get(klass)
        if special is not None:
            return special(obj)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    return _reduce_protocol2(obj)


def _call_reduce(obj, proto):
    """The reduction of obj through __reduce_ex__ / __reduce__."""
    reduce_ex = getattr(type(obj), '__reduce_ex__', None)
    if reduce_ex is object.__reduce_ex__:
        return _object_reduce_ex(obj, proto)
    if reduce_ex is not None:
        return obj.__reduce_ex__(proto)
    reduce = getattr(obj, '__reduce__', None)
    if reduce is None:
        raise PicklingError("can't pickle %r object: %r" % (type(obj).__name__, obj))
    return reduce()


def _resolve_global(obj, name=None):
    """(module name, name, owner, module, steps) of a global the pickler writes by name,
    checked to lead back to obj (PicklingError otherwise)."""
    if name is None:
        name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
    modname = whichmodule(obj, name)
    try:
        __import__(modname)
        module = sys.modules[modname]
    except Exception:
        raise PicklingError("Can't pickle %r: import of module %r failed"
                            % (obj, modname)) from None
    steps = name.split('.')
    if '<locals>' in steps:
        raise AttributeError("Can't pickle local object %r" % name)
    try:
        found = getattr(module, name) if len(steps) == 1 else _lookup_path(module, steps)
    except AttributeError:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                            % (obj, name, modname)) from None
    if found is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                            % (obj, modname, name))
    owner = module if len(steps) == 1 else _lookup_path(module, steps[:-1])
    if owner is module:
        # Reached straight from the module (possibly through an alias of it).
        name = steps[-1]
    return modname, name, owner, module, steps


def _native_global(obj):
    """For _pickle's native pickler (protocol 4 and up): (module name, name) of a class or
    function written with STACK_GLOBAL, or None when copyreg gives it an extension code."""
    modname, name = _resolve_global(obj)[:2]
    if copyreg._extension_registry.get((modname, name)):
        return None
    return modname, name


# --- memo proxies -------------------------------------------------------------------------

class _MemoView:
    """View of a pickler's or unpickler's `_memo`."""

    def __init__(self, owner):
        self._owner = owner

    def copy(self):
        return dict(self._owner._memo)

    def clear(self):
        self._owner._memo.clear()

    def __reduce__(self):
        return dict, (self.copy(),)


class PicklerMemoProxy(_MemoView):
    """View of a Pickler's memo: id(obj) -> (index, obj)."""


class UnpicklerMemoProxy(_MemoView):
    """View of an Unpickler's memo: index -> object."""


# --- the pickler --------------------------------------------------------------------------

class Pickler:
    """Write pickles of objects to a binary file (anything with a write() method).

    protocol selects the format, 0 to 5 (default DEFAULT_PROTOCOL, negative means
    HIGHEST_PROTOCOL). With fix_imports, protocols below 3 spell globals with their
    Python 2 names. buffer_callback (protocol 5 only) decides, per PickleBuffer, whether
    its data goes in the stream (callback returns true) or out of band (false).
    """

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        else:
            protocol = operator.index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._sink = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = int(protocol >= 1)
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buffer_callback = buffer_callback
        self._memo = {}
        # CPython's module and attribute names are interned strings, so equal names are
        # one object and memoized once; the same str object is reused here for that.
        self._names = {}
        self._out = bytearray()
        # Size of _out at which the open frame is closed: _FRAME_TARGET past the frame's
        # start, or _NO_FRAME when there is no framing.
        self._frame_limit = _NO_FRAME

    @property
    def memo(self):
        return PicklerMemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, PicklerMemoProxy):
            value = value.copy()
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be a PicklerMemoProxy object or dict, "
                            "not %s" % type(value).__name__)
        fresh = {}
        for key, entry in value.items():
            if not (isinstance(entry, tuple) and len(entry) == 2
                    and isinstance(entry[0], int)):
                raise TypeError("memo values must be 2-item tuples")
            fresh[key] = entry
        self._memo = fresh

    def clear_memo(self):
        """Forget every object written so far, so later dumps repeat them in full
        instead of referring back to them."""
        self._memo.clear()
        self._names.clear()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if not hasattr(self, '_sink'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._sink(self._pickle(obj))

    def _pickle(self, obj):
        """Return the whole pickle of obj as bytes."""
        self._out = out = bytearray()
        self._pid_hook = getattr(self, 'persistent_id', None)
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = copyreg.dispatch_table if table is None else table
        self._in_progress = set()
        if self.proto >= 2:
            out += PROTO + bytes((self.proto,))
        self._frame_limit = len(out) + _FRAME_TARGET if self.proto >= 4 else _NO_FRAME
        try:
            self._save(obj)
            out += STOP
            self._end_frame()
            return bytes(out)
        finally:
            self._out = bytearray()
            self._frame_limit = _NO_FRAME

    # -- output and framing --

    def _end_frame(self):
        """Close the open frame: give it a FRAME header if it is long enough."""
        if self._frame_limit == _NO_FRAME:
            return
        start = self._frame_limit - _FRAME_TARGET
        out = self._out
        size = len(out) - start
        if size >= _FRAME_MIN:
            out[start:start] = FRAME + _pack('<Q', size)
        self._frame_limit = len(out) + _FRAME_TARGET

    def _write_payload(self, header, payload):
        """Write an opcode with a (possibly large) payload; large payloads are kept out
        of frames."""
        if self._frame_limit != _NO_FRAME and len(payload) >= _FRAME_TARGET:
            self._end_frame()
            self._out += header
            self._out += payload
            self._frame_limit = len(self._out) + _FRAME_TARGET
        else:
            self._out += header
            self._out += payload

    # -- memo --

    def _memoize(self, obj):
        if self.fast:
            return
        index = len(self._memo)
        out = self._out
        if self.proto >= 4:
            out += MEMOIZE
        elif not self.bin:
            out += PUT + b'%d\n' % index
        elif index < 256:
            out += _BINPUT_OPS[index]
        else:
            out += LONG_BINPUT + _pack('<I', index)
        self._memo[id(obj)] = (index, obj)

    def _fetch(self, index):
        if not self.bin:
            return GET + b'%d\n' % index
        if index < 256:
            return _BINGET_OPS[index]
        return LONG_BINGET + _pack('<I', index)

    # -- the dispatcher --

    def _save(self, obj, check_pid=True):
        out = self._out
        if len(out) >= self._frame_limit:
            self._end_frame()
        if self._pid_hook is not None and check_pid:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pid(pid)
                return
            out = self._out
        if obj is None:
            out += NONE
            return
        kind = type(obj)
        if kind is str:
            # The most common case, written out here: memo reference, or a short string
            # (SHORT_BINUNICODE from protocol 4 on) followed by its memo entry.
            memo = self._memo
            oid = id(obj)
            seen = memo.get(oid)
            if seen is not None:
                index = seen[0]
                if index < 256 and self.bin:
                    out += _BINGET_OPS[index]
                else:
                    out += self._fetch(index)
                return
            if self.proto < 4 or not self.bin:
                self._save_str(obj)
                return
            try:
                data = obj.encode()
            except UnicodeEncodeError:
                data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size >= 256:
                self._save_str(obj, data)
                return
            out += _SHORT_BINUNICODE_OPS[size]
            out += data
            if not self.fast:
                out += MEMOIZE
                memo[oid] = (len(memo), obj)
            return
        if kind is int:
            if 0 <= obj < 0x100 and self.bin:
                out += _BININT1_OPS[obj]
            else:
                self._save_int(obj)
            return
        if kind is bool:
            if self.proto >= 2:
                out += NEWTRUE if obj else NEWFALSE
            else:
                out += TRUE if obj else FALSE
            return
        if kind is float:
            if self.bin:
                out += BINFLOAT + _pack('>d', obj)
            else:
                out += FLOAT + repr(obj).encode('ascii') + b'\n'
            return

        seen = self._memo.get(id(obj))
        if seen is not None:
            out += self._fetch(seen[0])
            return

        saver = self._SAVERS.get(kind)
        if saver is not None:
            saver(self, obj)
            return

        recipe = NotImplemented
        if self._override is not None:
            recipe = self._override(obj)
        if recipe is NotImplemented:
            if kind is type:
                self._save_type(obj)
                return
            if kind is FunctionType:
                self._save_global(obj)
                return
            reducer = self._table.get(kind)
            if reducer is not None:
                recipe = reducer(obj)
            elif issubclass(kind, type):
                self._save_global(obj)
                return
            else:
                recipe = _call_reduce(obj, self.proto)

        if isinstance(recipe, str):
            self._save_global(obj, recipe)
            return
        if not isinstance(recipe, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(recipe) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 "
                                "elements")
        self._save_reduce(*recipe, obj=obj)

    def _save_run(self, groups):
        """Save every object of every sequence in groups, in order. This is what calling
        _save on each of them does; from protocol 4 on, without persistent_id, short
        strings, ints and None are written out here instead."""
        save = self._save
        out = self._out
        memo = self._memo
        fast = self.fast
        # Objects are written here while the output stays below limit; -1 turns that off.
        if self._pid_hook is None and self.proto >= 4 and self.bin:
            limit = self._frame_limit
        else:
            limit = -1
        for group in groups:
            for obj in group:
                if len(out) < limit:
                    kind = type(obj)
                    if kind is str:
                        oid = id(obj)
                        seen = memo.get(oid)
                        if seen is not None:
                            index = seen[0]
                            if index < 256:
                                out += _BINGET_OPS[index]
                            else:
                                out += self._fetch(index)
                            continue
                        try:
                            data = obj.encode()
                        except UnicodeEncodeError:
                            data = obj.encode('utf-8', 'surrogatepass')
                        size = len(data)
                        if size < 256:
                            out += _SHORT_BINUNICODE_OPS[size]
                            out += data
                            if not fast:
                                out += MEMOIZE
                                memo[oid] = (len(memo), obj)
                            continue
                    elif kind is int:
                        if 0 <= obj < 0x100:
                            out += _BININT1_OPS[obj]
                            continue
                        if 0 <= obj < 0x10000:
                            out += BININT2 + _pack('<H', obj)
                            continue
                        if -0x80000000 <= obj <= 0x7fffffff:
                            out += BININT + _pack('<i', obj)
                            continue
                    elif obj is None:
                        out += NONE
                        continue
                save(obj)
                # Whatever ran meanwhile may have changed the pickler's settings.
                out = self._out
                memo = self._memo
                fast = self.fast
                if self._pid_hook is None and self.proto >= 4 and self.bin:
                    limit = self._frame_limit
                else:
                    limit = -1

    def _save_pid(self, pid):
        if self.bin:
            self._save(pid, False)
            self._out += BINPERSID
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._out += PERSID + text.encode('ascii') + b'\n'

    # -- atoms --

    def _save_int(self, n):
        out = self._out
        if -0x80000000 <= n <= 0x7fffffff:
            if not self.bin:
                out += INT + b'%d\n' % n
            elif 0 <= n < 0x100:
                out += BININT1 + bytes((n,))
            elif 0 <= n < 0x10000:
                out += BININT2 + _pack('<H', n)
            else:
                out += BININT + _pack('<i', n)
        elif self.proto >= 2:
            raw = encode_long(n)
            if len(raw) < 256:
                out += LONG1 + bytes((len(raw),)) + raw
            else:
                out += LONG4 + _pack('<i', len(raw)) + raw
        else:
            out += LONG + b'%dL\n' % n

    def _save_str(self, s, data=None):
        if not self.bin:
            self._out += UNICODE + _raw_unicode_escape(s) + b'\n'
        else:
            if data is None:
                data = s.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size < 256 and self.proto >= 4:
                self._write_payload(_SHORT_BINUNICODE_OPS[size], data)
            elif size <= 0xffffffff:
                self._write_payload(BINUNICODE + _pack('<I', size), data)
            elif self.proto >= 4:
                self._write_payload(BINUNICODE8 + _pack('<Q', size), data)
            else:
                raise OverflowError("serializing a string larger than 4 GiB requires "
                                    "pickle protocol 4 or higher")
        self._memoize(s)

    def _save_bytes(self, b):
        if self.proto < 3:
            if b:
                self._save_global_named(codecs.encode, '_codecs', 'encode')
                self._save((b.decode('latin-1'), 'latin1'))
                self._out += REDUCE
                self._memoize(b)
            else:
                self._save_reduce(bytes, (), obj=b)
            return
        self._bytes_opcode(b)
        self._memoize(b)

    def _bytes_opcode(self, data):
        size = len(data)
        if size < 256:
            self._write_payload(_SHORT_BINBYTES_OPS[size], data)
        elif size <= 0xffffffff:
            self._write_payload(BINBYTES + _pack('<I', size), data)
        elif self.proto >= 4:
            self._write_payload(BINBYTES8 + _pack('<Q', size), data)
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB requires "
                                "pickle protocol 4 or higher")

    def _save_bytearray(self, b):
        if self.proto < 5:
            self._save_reduce(bytearray, (bytes(b),) if b else (), obj=b)
            return
        self._write_payload(BYTEARRAY8 + _pack('<Q', len(b)), bytes(b))
        self._memoize(b)

    def _save_picklebuffer(self, pb):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = pb.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(pb))
        if in_band:
            if view.readonly:
                self._bytes_opcode(view.tobytes())
            else:
                data = view.tobytes()
                self._write_payload(BYTEARRAY8 + _pack('<Q', len(data)), data)
            self._memoize(pb)
        else:
            self._out += NEXT_BUFFER
            if view.readonly:
                self._out += READONLY_BUFFER

    # -- containers --

    def _enter(self, obj):
        # In fast mode there is no memo, so cycles would recurse forever.
        if id(obj) in self._in_progress:
            raise ValueError("fast mode: can't pickle cyclic objects including object "
                             "type %s at %#x" % (type(obj).__name__, id(obj)))
        self._in_progress.add(id(obj))

    def _save_tuple(self, t):
        n = len(t)
        out = self._out
        if n == 0:
            out += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        if self.fast:
            self._enter(t)
        save = self._save
        short = n <= 3 and self.proto >= 2
        if not short:
            out += MARK
        for item in t:
            save(item)
        if self.fast:
            self._in_progress.discard(id(t))
        seen = self._memo.get(id(t))
        if seen is not None:
            # The tuple was reached through one of its own items: drop what was built
            # and use the memoized copy instead.
            if short:
                out += POP * n
            elif self.bin:
                out += POP_MARK
            else:
                out += POP * (n + 1)
            out += self._fetch(seen[0])
            return
        out += (TUPLE1, TUPLE2, TUPLE3)[n - 1] if short else TUPLE
        self._memoize(t)

    def _save_list(self, lst):
        self._out += EMPTY_LIST if self.bin else MARK + LIST
        self._memoize(lst)
        if self.fast:
            self._enter(lst)
        if not self.bin:
            for item in lst:
                self._save(item)
                self._out += APPEND
        elif len(lst) == 1:
            self._save(lst[0])
            self._out += APPEND
        else:
            start = 0
            while start < len(lst):
                chunk = lst[start:start + _BATCH]
                self._out += MARK
                self._save_run((chunk,))
                self._out += APPENDS
                start += _BATCH
        if self.fast:
            self._in_progress.discard(id(lst))

    def _save_dict(self, d):
        self._out += EMPTY_DICT if self.bin else MARK + DICT
        self._memoize(d)
        if self.fast:
            self._enter(d)
        save = self._save
        if not self.bin:
            for key, value in d.items():
                save(key)
                save(value)
                self._out += SETITEM
        elif len(d) == 1:
            for key, value in d.items():
                save(key)
                save(value)
            self._out += SETITEM
        elif d:
            # Groups of _BATCH; like CPython, a dict whose size is a multiple of _BATCH
            # ends with an empty MARK ... SETITEMS group.
            pairs = list(d.items())
            if len(pairs) < _BATCH:
                self._out += MARK
                self._save_run(pairs)
                self._out += SETITEMS
            else:
                for start in range(0, len(pairs) + 1, _BATCH):
                    self._out += MARK
                    self._save_run(pairs[start:start + _BATCH])
                    self._out += SETITEMS
        if self.fast:
            self._in_progress.discard(id(d))

    def _save_set(self, s):
        if self.proto < 4:
            self._save_reduce(set, (list(s),), obj=s)
            return
        self._out += EMPTY_SET
        self._memoize(s)
        members = list(s)
        if members:
            # As for dicts, a size that is a multiple of _BATCH ends with an empty group.
            for start in range(0, len(members) + 1, _BATCH):
                self._out += MARK
                for item in members[start:start + _BATCH]:
                    self._save(item)
                self._out += ADDITEMS

    def _save_frozenset(self, s):
        if self.proto < 4:
            self._save_reduce(frozenset, (list(s),), obj=s)
            return
        self._out += MARK
        for item in s:
            self._save(item)
        seen = self._memo.get(id(s))
        if seen is not None:
            self._out += POP_MARK + self._fetch(seen[0])
            return
        self._out += FROZENSET
        self._memoize(s)

    def _save_pair(self, pair):
        """Write one key/value pair taken from a dictitems iterator."""
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise TypeError("dict items iterator must return 2-tuples")
        self._save(pair[0])
        self._save(pair[1])

    def _emit_groups(self, items, save_one, single_op, group_op):
        """Write the items of a reduce iterator in MARK ... group_op groups of at most
        _BATCH, each item written as soon as it is pulled; a group that would hold a
        single item becomes that item followed by single_op."""
        out = self._out
        held = _NOTHING     # first item of a group, pulled but not yet written
        filled = 0          # items written into the open group (0: none open)
        for item in items:
            if not filled:
                if held is _NOTHING:
                    held = item
                    continue
                out += MARK
                save_one(held)
                held = _NOTHING
                filled = 1
            save_one(item)
            filled += 1
            if filled == _BATCH:
                out += group_op
                filled = 0
        if held is not _NOTHING:
            save_one(held)
            out += single_op
        elif filled:
            out += group_op

    def _emit_items(self, items, save_one, single_op, group_op):
        if self.bin:
            self._emit_groups(items, save_one, single_op, group_op)
            return
        for item in items:
            save_one(item)
            self._out += single_op

    # -- reduce tuples --

    # The optional members of a reduce tuple: (position word, what it must be, test).
    _OPTIONAL_MEMBERS = (
        ('fourth', 'an iterator', lambda value: hasattr(value, '__next__')),
        ('fifth', 'an iterator', lambda value: hasattr(value, '__next__')),
        ('sixth', 'a function', callable),
    )

    def _check_recipe(self, func, args, extras):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be "
                                "a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        if extras[0] is None and extras[1] is None and extras[2] is None:
            return
        for value, (position, kind, acceptable) in zip(extras, self._OPTIONAL_MEMBERS):
            if value is not None and not acceptable(value):
                raise PicklingError("%s element of the tuple returned by __reduce__ must "
                                    "be %s, not %s" % (position, kind, type(value).__name__))

    def _emit_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                "exactly 3, not %d" % len(args))
        cls, cargs, ckwargs = args
        for value, ordinal, kind, word in ((cls, 'first', type, 'class'),
                                           (cargs, 'second', tuple, 'tuple'),
                                           (ckwargs, 'third', dict, 'dict')):
            if not isinstance(value, kind):
                raise PicklingError("%s item from NEWOBJ_EX argument tuple must be a %s, "
                                    "not %s" % (ordinal, word, type(value).__name__))
        if self.proto < 4:
            # No NEWOBJ_EX before protocol 4: call a partial of cls.__new__ instead.
            from functools import partial
            self._save(partial(cls.__new__, cls, *cargs, **ckwargs))
            self._save(())
            self._out += REDUCE
            return
        for part in args:
            self._save(part)
        self._out += NEWOBJ_EX

    def _emit_newobj(self, args, obj):
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not isinstance(cls, type):
            raise PicklingError("args[0] from __newobj__ args is not a type")
        # The class the object says it has (a proxy names its referent's).
        if obj is not None and cls is not getattr(obj, '__class__', type(obj)):
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self._save(cls)
        self._save(args[1:])
        self._out += NEWOBJ

    _CONSTRUCTOR_FORMS = {'__newobj_ex__': _emit_newobj_ex, '__newobj__': _emit_newobj}

    def _emit_constructor(self, func, args, obj):
        form = None
        if self.proto >= 2:
            form = self._CONSTRUCTOR_FORMS.get(getattr(func, '__name__', ''))
        if form is not None:
            form(self, args, obj)
            return
        self._save(func)
        self._save(args)
        self._out += REDUCE

    def _emit_state(self, obj, state, state_setter):
        if state_setter is None:
            self._save(state)
            self._out += BUILD
            return
        # setter(obj, state) is called for its effect; its result is dropped.
        for part in (state_setter, obj, state):
            self._save(part)
        self._out += TUPLE2 + REDUCE + POP

    def _save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                     state_setter=None, *, obj=None):
        self._check_recipe(func, args, (listitems, dictitems, state_setter))
        self._emit_constructor(func, args, obj)
        if obj is not None:
            seen = self._memo.get(id(obj))
            if seen is None:
                self._memoize(obj)
            else:
                # Built recursively through its own arguments: keep the first copy.
                self._out += POP + self._fetch(seen[0])
        if listitems is not None:
            self._emit_items(listitems, self._save, APPEND, APPENDS)
        if dictitems is not None:
            self._emit_items(dictitems, self._save_pair, SETITEM, SETITEMS)
        if state is not None:
            self._emit_state(obj, state, state_setter)

    # -- globals --

    def _save_type(self, cls):
        if cls is _NONE_TYPE or cls is _NOT_IMPLEMENTED_TYPE or cls is _ELLIPSIS_TYPE:
            for sample in (None, NotImplemented, ...):
                if cls is type(sample):
                    self._save_reduce(type, (sample,), obj=cls)
                    return
        self._save_global(cls)

    def _save_global(self, obj, name=None):
        modname, name, owner, module, steps = _resolve_global(obj, name)
        if self.proto >= 2 and self._write_extension(modname, name):
            return
        if self.proto < 4 and owner is not module:
            # GLOBAL cannot name nested objects: fetch the last step with getattr.
            self._save_reduce(getattr, (owner, steps[-1]), obj=obj)
            return
        self._save_global_named(obj, modname, name)

    def _write_extension(self, modname, name):
        """Write an EXT opcode if (modname, name) has a copyreg extension code."""
        code = copyreg._extension_registry.get((modname, name))
        if not code:
            return False
        if code < 0x100:
            self._out += EXT1 + bytes((code,))
        elif code < 0x10000:
            self._out += EXT2 + _pack('<H', code)
        else:
            self._out += EXT4 + _pack('<i', code)
        return True

    def _save_global_named(self, obj, modname, name):
        """Write a GLOBAL / STACK_GLOBAL for obj under an already checked name."""
        seen = self._memo.get(id(obj))
        if seen is not None:
            self._out += self._fetch(seen[0])
            return
        if self.proto >= 4:
            # (module names and object names apart: a class of a module written in C in
            # CPython has a module name of its own even when the two read the same)
            self._save(self._names.setdefault((0, modname), modname))
            self._save(self._names.setdefault((1, name), name))
            self._out += STACK_GLOBAL
        else:
            if self.fix_imports:
                modname, name = _py3_to_py2(modname, name)
            codec = 'utf-8' if self.proto >= 3 else 'ascii'
            try:
                line = (GLOBAL + modname.encode(codec) + b'\n'
                        + name.encode(codec) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %d" % (modname, name, self.proto)) from None
            self._out += line
        self._memoize(obj)

    _SAVERS = {
        str: _save_str,
        bytes: _save_bytes,
        bytearray: _save_bytearray,
        tuple: _save_tuple,
        list: _save_list,
        dict: _save_dict,
        set: _save_set,
        frozenset: _save_frozenset,
        PickleBuffer: _save_picklebuffer,
    }


def _raw_unicode_escape(s):
    """Encode s for the UNICODE opcode: latin-1 where possible, \\uXXXX / \\UXXXXXXXX for
    the rest and for the characters that would break the line-based format."""
    if s.isascii() and '\\' not in s and '\n' not in s and '\r' not in s \
            and '\x00' not in s and '\x1a' not in s:
        return s.encode('ascii')
    parts = []
    for ch in s:
        code = ord(ch)
        if code > 0xffff:
            parts.append(b'\\U%08x' % code)
        elif code > 0xff or ch in '\\\n\r\x00\x1a':
            parts.append(b'\\u%04x' % code)
        else:
            parts.append(bytes((code,)))
    return b''.join(parts)


# --- the unpickler ------------------------------------------------------------------------

def _raw_unicode_unescape(data):
    """Decode the argument of a UNICODE opcode (only \\u and \\U escapes are special)."""
    if b'\\' not in data:
        return data.decode('latin-1')
    text = data.decode('latin-1')
    pieces = []
    pos = 0
    size = len(text)
    while pos < size:
        slash = text.find('\\', pos)
        if slash < 0:
            pieces.append(text[pos:])
            break
        pieces.append(text[pos:slash])
        # A run of backslashes: only an odd one right before 'u'/'U' starts an escape.
        run_end = slash
        while run_end < size and text[run_end] == '\\':
            run_end += 1
        run = run_end - slash
        letter = text[run_end:run_end + 1]
        if run % 2 == 1 and letter in ('u', 'U'):
            pieces.append('\\' * (run - 1))
            width = 4 if letter == 'u' else 8
            digits = text[run_end + 1:run_end + 1 + width]
            if len(digits) != width or not all(c in '0123456789abcdefABCDEF'
                                               for c in digits):
                raise UnicodeDecodeError('rawunicodeescape', data, slash, run_end + 1,
                                         'truncated \\%sXXXX escape' % letter)
            value = int(digits, 16)
            if value > 0x10ffff:
                raise UnicodeDecodeError('rawunicodeescape', data, slash, run_end + 1,
                                         '\\Uxxxxxxxx out of range')
            pieces.append(chr(value))
            pos = run_end + 1 + width
        else:
            pieces.append('\\' * run)
            pos = run_end
    return ''.join(pieces)


_SIMPLE_ESCAPES = {ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"', ord('a'): b'\a',
                   ord('b'): b'\b', ord('f'): b'\f', ord('n'): b'\n', ord('r'): b'\r',
                   ord('t'): b'\t', ord('v'): b'\v', ord('\n'): b''}


def _unescape_bytes(data):
    """Undo Python 2 repr escaping of a byte string (argument of the STRING opcode)."""
    if b'\\' not in data:
        return data
    result = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            result.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            result += simple
            i += 1
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                j += 1
            result.append(int(data[i:j], 8) & 0xff)
            i = j
        elif c == ord('x'):
            digits = data[i + 1:i + 3]
            try:
                if len(digits) != 2:
                    raise ValueError
                result.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1)) from None
            i += 3
        else:
            result += b'\\'
    return bytes(result)


class Unpickler:
    """Read pickles back from a binary file with read() and readline() methods.

    The protocol is detected from the data; anything after the STOP opcode is left
    unread. fix_imports maps Python 2 module and class names to their Python 3
    homes; encoding and errors say how Python 2 byte strings are decoded
    (encoding='bytes' keeps them as bytes). buffers supplies out-of-band data.
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._fread = file.read
        self._freadline = file.readline
        # Like CPython's C unpickler, the default (no buffers given) is told apart from
        # an explicit iterable of buffers.
        self._buffers = None if buffers is None or buffers == () else iter(buffers)
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self._memo = {}
        self._frame = None
        self._frame_pos = 0

    @property
    def memo(self):
        return UnpicklerMemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, UnpicklerMemoProxy):
            value = value.copy()
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be an UnpicklerMemoProxy object or "
                            "dict, not %s" % type(value).__name__)
        for key in value:
            if not isinstance(key, int):
                raise TypeError("memo key must be integers")
            if key < 0:
                raise ValueError("memo key must be positive integers.")
        self._memo = dict(value)

    # -- input --

    def _take(self, n):
        frame = self._frame
        if frame is not None:
            start = self._frame_pos
            end = start + n
            if end <= len(frame):
                self._frame_pos = end
                return frame[start:end]
            if start < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._fread(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        frame = self._frame
        if frame is not None:
            start = self._frame_pos
            stop = frame.find(b'\n', start)
            if stop >= 0:
                self._frame_pos = stop + 1
                return frame[start:stop]
            if start < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._freadline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def _arg_line(self):
        """A line that must not be empty (CPython reports an empty one as truncation)."""
        text = self._line()
        if not text:
            raise UnpicklingError("pickle data was truncated")
        return text

    # -- the main loop --

    def load(self):
        """Read one pickle from the file and return the object it describes."""
        if not hasattr(self, '_fread'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        # _stack holds the objects pushed since the last MARK; each MARK saves the
        # current _stack on _marks and starts an empty one.
        self._stack = []
        self._marks = marks = []
        self._frame = None
        handlers = self._HANDLERS
        while True:
            frame = self._frame
            if frame is not None and type(frame) is not bytes \
                    and type(frame) is not bytearray:
                # A frame of another type (the file's read() made it): one opcode at a
                # time, through the handler table.
                pos = self._frame_pos
                if pos < len(frame):
                    self._frame_pos = pos + 1
                    code = frame[pos]
                else:
                    self._frame = frame = None
            elif frame is not None:
                # Opcodes inside a frame: the common ones are decoded right here, straight
                # from the frame's bytes. Anything unusual (other opcodes, an argument
                # running past the frame, a case that would raise) goes to the handler
                # table below, with the frame position just past the opcode.
                pos = self._frame_pos
                end = len(frame)
                stack = self._stack
                memo = self._memo
                while pos < end:
                    code = frame[pos]
                    pos += 1
                    if code == 0x8c:                                    # SHORT_BINUNICODE
                        # An IndexError means the string (or the opcode after it) is not
                        # all in the frame; a UnicodeDecodeError, that it has surrogates.
                        try:
                            stop = pos + 1 + frame[pos]
                            text = frame[pos + 1:stop].decode()
                            after = frame[stop]
                        except (IndexError, UnicodeDecodeError):
                            pass
                        else:
                            stack.append(text)
                            if after == 0x94:                           # and MEMOIZE
                                memo[len(memo)] = text
                                stop += 1
                            pos = stop
                            continue
                    elif code == 0x68:                                  # BINGET
                        try:
                            stack.append(memo[frame[pos]])
                        except (IndexError, KeyError):
                            pass
                        else:
                            pos += 1
                            continue
                    elif code == 0x4a:                                  # BININT
                        if pos + 4 <= end:
                            stack.append(_unpack_from('<i', frame, pos)[0])
                            pos += 4
                            continue
                    elif code == 0x4b:                                  # BININT1
                        try:
                            stack.append(frame[pos])
                        except IndexError:
                            pass
                        else:
                            pos += 1
                            continue
                    elif code == 0x94:                                  # MEMOIZE
                        if stack:
                            memo[len(memo)] = stack[-1]
                            continue
                    elif code == 0x28:                                  # MARK
                        marks.append(stack)
                        stack = []
                        continue
                    elif code == 0x7d:                                  # EMPTY_DICT
                        stack.append({})
                        continue
                    elif code == 0x75:                                  # SETITEMS
                        if marks and marks[-1] and not len(stack) % 2:
                            items = stack
                            stack = marks.pop()
                            target = stack[-1]
                            for i in range(0, len(items) - 1, 2):
                                target[items[i]] = items[i + 1]
                            memo = self._memo
                            continue
                    elif code == 0x5d:                                  # EMPTY_LIST
                        stack.append([])
                        continue
                    elif code == 0x65:                                  # APPENDS
                        if marks:
                            below = marks[-1]
                            if below and type(below[-1]) is list:
                                items = stack
                                stack = marks.pop()
                                stack[-1].extend(items)
                                continue
                    elif code == 0x4d:                                  # BININT2
                        if pos + 2 <= end:
                            stack.append(frame[pos] | (frame[pos + 1] << 8))
                            pos += 2
                            continue
                    elif code == 0x4e:                                  # NONE
                        stack.append(None)
                        continue
                    elif code == 0x86:                                  # TUPLE2
                        if len(stack) >= 2:
                            second = stack.pop()
                            stack[-1] = (stack[-1], second)
                            continue
                    elif code == 0x85:                                  # TUPLE1
                        if stack:
                            stack[-1] = (stack[-1],)
                            continue
                    elif code == 0x87:                                  # TUPLE3
                        if len(stack) >= 3:
                            third = stack.pop()
                            second = stack.pop()
                            stack[-1] = (stack[-1], second, third)
                            continue
                    elif code == 0x74:                                  # TUPLE
                        if marks:
                            items = stack
                            stack = marks.pop()
                            stack.append(tuple(items))
                            continue
                    elif code == 0x29:                                  # EMPTY_TUPLE
                        stack.append(())
                        continue
                    elif code == 0x88:                                  # NEWTRUE
                        stack.append(True)
                        continue
                    elif code == 0x89:                                  # NEWFALSE
                        stack.append(False)
                        continue
                    elif code == 0x47:                                  # BINFLOAT
                        if pos + 8 <= end:
                            stack.append(_unpack_from('>d', frame, pos)[0])
                            pos += 8
                            continue
                    elif code == 0x73:                                  # SETITEM
                        if len(stack) >= 3:
                            value = stack.pop()
                            key = stack.pop()
                            stack[-1][key] = value
                            memo = self._memo
                            continue
                    elif code == 0x61:                                  # APPEND
                        if len(stack) >= 2 and type(stack[-2]) is list:
                            value = stack.pop()
                            stack[-1].append(value)
                            continue
                    elif code == 0x58:                                  # BINUNICODE
                        if pos + 4 <= end:
                            stop = pos + 4 + _unpack_from('<I', frame, pos)[0]
                            if stop <= end:
                                try:
                                    text = frame[pos + 4:stop].decode()
                                except UnicodeDecodeError:
                                    pass
                                else:
                                    stack.append(text)
                                    pos = stop
                                    continue
                    elif code == 0x43:                                  # SHORT_BINBYTES
                        if pos < end:
                            stop = pos + 1 + frame[pos]
                            if stop <= end:
                                stack.append(bytes(frame[pos + 1:stop]))
                                pos = stop
                                continue
                    elif code == 0x8a:                                  # LONG1
                        if pos < end:
                            stop = pos + 1 + frame[pos]
                            if stop <= end:
                                stack.append(int.from_bytes(frame[pos + 1:stop], 'little',
                                                            signed=True))
                                pos = stop
                                continue
                    elif code == 0x6a:                                  # LONG_BINGET
                        if pos + 4 <= end:
                            try:
                                stack.append(memo[_unpack_from('<I', frame, pos)[0]])
                            except KeyError:
                                pass
                            else:
                                pos += 4
                                continue
                    elif code == 0x2e:                                  # STOP
                        self._frame_pos = pos
                        self._stack = stack
                        return self._pop()
                    # Leave this opcode to the general path below.
                    break
                else:
                    # The frame is used up: the next opcode comes from the file.
                    self._frame = frame = None
                self._frame_pos = pos
                self._stack = stack
            if frame is None:
                data = self._fread(1)
                if not data:
                    raise EOFError("Ran out of input")
                code = data[0]
            handler = handlers.get(code)
            if handler is None:
                if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
                    shown = chr(code)
                else:
                    shown = '\\x%02x' % code
                raise UnpicklingError("invalid load key, '%s'." % shown)
            if handler(self):
                break
        return self._pop()

    # -- stack helpers --

    def _pop(self):
        stack = self._stack
        if not stack:
            self._underflow()
        return stack.pop()

    def _underflow(self):
        if self._marks:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _top(self):
        stack = self._stack
        if not stack:
            self._underflow()
        return stack[-1]

    def _pop_to_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    def _push(self, value):
        self._stack.append(value)

    # -- opcode handlers (each returns True only for STOP) --

    def _op_proto(self):
        version = self._take(1)[0]
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    def _op_frame(self):
        size = _unpack('<Q', self._take(8))[0]
        if self._frame is not None and self._frame_pos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        data = self._fread(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = data
        self._frame_pos = 0

    def _op_stop(self):
        return True

    def _op_persid(self):
        try:
            pid = self._line().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._push(self._persistent(pid))

    def _op_binpersid(self):
        hook = self._persistent_hook()
        self._push(hook(self._pop()))

    def _persistent(self, pid):
        return self._persistent_hook()(pid)

    def _persistent_hook(self):
        hook = getattr(self, 'persistent_load', None)
        if hook is None:
            raise UnpicklingError("A load persistent id instruction was encountered, but "
                                  "no persistent_load function was specified.")
        return hook

    def _op_none(self):
        self._push(None)

    def _op_false(self):
        self._push(False)

    def _op_true(self):
        self._push(True)

    def _op_int(self):
        text = self._arg_line()
        if text == b'00':
            self._push(False)
        elif text == b'01':
            self._push(True)
        else:
            self._push(_parse_int(text))

    def _op_binint(self):
        self._push(_unpack('<i', self._take(4))[0])

    def _op_binint1(self):
        self._push(self._take(1)[0])

    def _op_binint2(self):
        self._push(_unpack('<H', self._take(2))[0])

    def _op_long(self):
        text = self._arg_line()
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(_parse_int(text))

    def _op_long1(self):
        size = self._take(1)[0]
        self._push(decode_long(self._take(size)))

    def _op_long4(self):
        size = _unpack('<i', self._take(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(decode_long(self._take(size)))

    def _op_float(self):
        text = self._arg_line()
        try:
            self._push(float(text.decode('ascii')))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None

    def _op_binfloat(self):
        self._push(_unpack('>d', self._take(8))[0])

    def _py2_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        text = self._line().rstrip()
        if len(text) >= 2 and text[0] == text[-1] and text[:1] in (b'"', b"'"):
            text = text[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._py2_string(_unescape_bytes(text)))

    def _op_binstring(self):
        size = _unpack('<I', self._take(4))[0]
        self._push(self._py2_string(self._take(size)))

    def _op_short_binstring(self):
        self._push(self._py2_string(self._take(self._take(1)[0])))

    def _op_binbytes(self):
        self._push(bytes(self._take(_unpack('<I', self._take(4))[0])))

    def _op_short_binbytes(self):
        self._push(bytes(self._take(self._take(1)[0])))

    def _op_binbytes8(self):
        self._push(bytes(self._take(_unpack('<Q', self._take(8))[0])))

    def _op_bytearray8(self):
        self._push(bytearray(self._take(_unpack('<Q', self._take(8))[0])))

    def _op_unicode(self):
        self._push(_raw_unicode_unescape(self._line()))

    def _op_binunicode(self):
        data = self._take(_unpack('<I', self._take(4))[0])
        self._push(str(data, 'utf-8', 'surrogatepass'))

    def _op_short_binunicode(self):
        data = self._take(self._take(1)[0])
        self._push(str(data, 'utf-8', 'surrogatepass'))

    def _op_binunicode8(self):
        data = self._take(_unpack('<Q', self._take(8))[0])
        self._push(str(data, 'utf-8', 'surrogatepass'))

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _op_readonly_buffer(self):
        buf = self._top()
        view = memoryview(buf)
        if not view.readonly:
            self._stack[-1] = view.toreadonly() if hasattr(view, 'toreadonly') else \
                bytes(view)

    def _op_tuple(self):
        self._push(tuple(self._pop_to_mark()))

    def _op_empty_tuple(self):
        self._push(())

    def _op_tuple1(self):
        self._push((self._pop(),))

    def _op_tuple2(self):
        second = self._pop()
        first = self._pop()
        self._push((first, second))

    def _op_tuple3(self):
        third = self._pop()
        second = self._pop()
        first = self._pop()
        self._push((first, second, third))

    def _op_empty_list(self):
        self._push([])

    def _op_empty_dict(self):
        self._push({})

    def _op_empty_set(self):
        self._push(set())

    def _op_frozenset(self):
        self._push(frozenset(self._pop_to_mark()))

    def _op_list(self):
        self._push(self._pop_to_mark())

    def _op_dict(self):
        items = self._pop_to_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _op_inst(self):
        module = self._arg_line().decode('ascii')
        name = self._arg_line().decode('ascii')
        cls = self.find_class(module, name)
        self._push(_new_instance(cls, tuple(self._pop_to_mark())))

    def _op_obj(self):
        items = self._pop_to_mark()
        if not items:
            self._underflow()
        self._push(_new_instance(items[0], tuple(items[1:])))

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        self._push(_new_object(cls, args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self._push(cls.__new__(cls, *args, **kwargs))

    def _op_global(self):
        module = self._arg_line().decode('utf-8')
        name = self._arg_line().decode('utf-8')
        self._push(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        cache = copyreg._extension_cache
        if code not in cache:
            key = copyreg._inverted_registry.get(code)
            if key is None:
                raise ValueError("unregistered extension code %d" % code)
            cache[code] = self.find_class(*key)
        self._push(cache[code])

    def _op_ext1(self):
        self._extension(self._take(1)[0])

    def _op_ext2(self):
        self._extension(_unpack('<H', self._take(2))[0])

    def _op_ext4(self):
        self._extension(_unpack('<i', self._take(4))[0])

    def find_class(self, module, name):
        """Import module and return its attribute name (a dotted path from protocol 4
        on). Override it to control which globals a pickle may refer to."""
        if self.proto < 3 and self.fix_imports:
            module, name = _py2_to_py3(module, name)
        __import__(module)
        owner = sys.modules[module]
        if module == '_codecs' and not hasattr(owner, 'encode'):
            owner = codecs      # pyrs's _codecs lacks encode (bytes in protocols 0-2)
        steps = name.split('.') if self.proto >= 4 else [name]
        if self.proto >= 4 and '<locals>' in steps:
            raise AttributeError("Can't pickle local attribute %r on %r" % (name, owner))
        try:
            if len(steps) == 1:
                return getattr(owner, name)
            return _lookup_path(owner, steps)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, owner)) from None

    def _op_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self._stack[-1] = func(*args)

    def _op_pop(self):
        if self._stack:
            self._stack.pop()
        elif self._marks:
            self._pop_to_mark()
        else:
            self._underflow()

    def _op_pop_mark(self):
        self._pop_to_mark()

    def _op_dup(self):
        self._push(self._top())

    def _recall(self, index):
        try:
            self._push(self._memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _op_get(self):
        self._recall(_parse_int(self._arg_line()))

    def _op_binget(self):
        self._recall(self._take(1)[0])

    def _op_long_binget(self):
        self._recall(_unpack('<I', self._take(4))[0])

    def _op_put(self):
        index = _parse_int(self._arg_line())
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo[index] = self._top()

    def _op_binput(self):
        self._memo[self._take(1)[0]] = self._top()

    def _op_long_binput(self):
        self._memo[_unpack('<I', self._take(4))[0]] = self._top()

    def _op_memoize(self):
        self._memo[len(self._memo)] = self._top()

    def _op_append(self):
        value = self._pop()
        _add_to(self._top(), [value])

    def _op_appends(self):
        items = self._pop_to_mark()
        _add_to(self._top(), items)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_to_mark()
        _set_items(self._top(), items)

    def _op_additems(self):
        items = self._pop_to_mark()
        _add_items(self._top(), items)

    def _op_build(self):
        state = self._pop()
        _build(self._top(), state)

    def _op_mark(self):
        self._marks.append(self._stack)
        self._stack = []

    _HANDLERS = {}


# The steps of the opcodes that fill or build an object, shared with _pickle's native
# unpickler (which does plain lists, dicts and sets itself).

def _new_object(cls, args):
    """NEWOBJ: cls.__new__(cls, *args)."""
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                              % type(args).__name__)
    return cls.__new__(cls, *args)


def _add_to(target, items):
    """APPEND/APPENDS: lists grow directly; other objects get extend() when they have it
    (even for a single APPEND, as CPython does), else one append() per item."""
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        add = target.append
        for item in items:
            add(item)


def _set_items(target, items):
    """SETITEMS (and SETITEM, two items): key, value pairs stored by subscript."""
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    for i in range(0, len(items) - 1, 2):
        target[items[i]] = items[i + 1]


def _add_items(target, items):
    """ADDITEMS."""
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


def _build(inst, state):
    """BUILD: __setstate__, else the instance dict and the slots from the state."""
    restore = getattr(inst, '__setstate__', None)
    if restore is not None:
        restore(state)
        return
    attributes, slot_values = _split_state(state)
    if attributes is not None:
        inst.__dict__.update(attributes)
    if slot_values:
        for slot in slot_values:
            setattr(inst, slot, slot_values[slot])


def _split_state(state):
    """Split a BUILD state into (instance dict or None, slot values or None)."""
    parts = (state, None)
    if isinstance(state, tuple) and len(state) == 2:
        parts = state
    for part, label in zip(parts, ('state', 'slot state')):
        if part is not None and not isinstance(part, dict):
            raise UnpicklingError("%s is not a dictionary" % label)
    return parts


def _new_instance(cls, args):
    """The object built by INST / OBJ."""
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        return cls(*args)
    return cls.__new__(cls)


def _parse_int(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _fill_handlers():
    # Pair each opcode with the Unpickler method named after it (lower case, "_op_").
    table = Unpickler._HANDLERS
    for opname, code in list(globals().items()):
        if not (opname.isupper() and isinstance(code, bytes) and len(code) == 1):
            continue
        handler = getattr(Unpickler, '_op_' + opname.lower(), None)
        if handler is not None:
            table[code[0]] = handler
    table[NEWTRUE[0]] = Unpickler._op_true
    table[NEWFALSE[0]] = Unpickler._op_false


_fill_handlers()


# --- shorthands ---------------------------------------------------------------------------

def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    _Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = io.BytesIO()
    _Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return _Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return _Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


# The Python classes and functions stay reachable as CPython names them; the accelerated
# ones of _pickle take the public names when that module can be imported.
_Pickler, _Unpickler = Pickler, Unpickler

try:
    from _pickle import Pickler, dump, dumps, load, loads
except ImportError:
    dump, dumps, load, loads = _dump, _dumps, _load, _loads
