# The parts of `sys` written in Python; run in the module's namespace by sys.rs.


class _StructSeq(tuple):
    """The named tuples of sys: version_info, float_info, int_info, hash_info, flags."""

    __slots__ = ()
    _fields = ()

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError(f"'sys.{type(self).__name__}' object has no attribute '{name}'")

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(type(self)._fields, self))
        return f"sys.{type(self).__name__}({parts})"


def _struct(name, fields, values):
    cls = type(name, (_StructSeq,), {"__slots__": (), "_fields": tuple(fields.split())})
    return cls(values)


version_info = _struct("version_info", "major minor micro releaselevel serial",
                       (3, 12, 0, "final", 0))
float_info = _struct(
    "float_info",
    "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds",
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1),
)
int_info = _struct(
    "int_info",
    "bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold",
    (30, 4, 4300, 640),
)
hash_info = _struct(
    "hash_info",
    "width modulus inf nan imag algorithm hash_bits seed_bits cutoff",
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0),
)
flags = _struct(
    "flags",
    "debug inspect interactive optimize dont_write_bytecode no_user_site no_site "
    "ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode "
    "utf8_mode warn_default_encoding safe_path int_max_str_digits",
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, 4300),
)


class _AsyncgenHooks(_StructSeq):
    __slots__ = ()
    _fields = ("firstiter", "finalizer")

    def __repr__(self):
        return f"asyncgen_hooks(firstiter={self[0]!r}, finalizer={self[1]!r})"


_AsyncgenHooks.__name__ = _AsyncgenHooks.__qualname__ = "asyncgen_hooks"


def get_asyncgen_hooks():
    """Return the installed asynchronous generators hooks."""
    return _AsyncgenHooks(_get_asyncgen_hooks())




class _Implementation:
    """sys.implementation: which interpreter this is (pyrs caches no bytecode files)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        parts = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({parts})"


implementation = _Implementation(
    name="pyrs", cache_tag=None, version=version_info, hexversion=0x030C00F0, _multiarch="wasm32-wasi"
)
del _Implementation


_audit_hooks = []


def addaudithook(hook):
    """Call hook(event, args) for every later audit event (pyrs itself raises none; code
    calling sys.audit does). A hook already there that refuses with a RuntimeError keeps
    the new one out."""
    try:
        audit("sys.addaudithook")
    except RuntimeError:
        return
    _audit_hooks.append(hook)


def audit(event, /, *args):
    """Hand an audit event and its arguments to every hook from addaudithook."""
    if not _audit_hooks:
        return
    if not isinstance(event, str):
        raise TypeError(f"expected str for argument 'event', not {type(event).__name__}")
    for hook in tuple(_audit_hooks):
        hook(event, args)


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def displayhook(value):
    """Print the repr of a value that is not None to sys.stdout and keep it as builtins._."""
    if value is None:
        return
    import builtins
    builtins._ = None
    out = globals().get("stdout")
    if out is None:
        raise RuntimeError("lost sys.stdout")
    text = repr(value)
    try:
        out.write(text)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "utf-8"
        out.write(text.encode(encoding, "backslashreplace").decode(encoding, "strict"))
    out.write("\n")
    builtins._ = value


__displayhook__ = displayhook


def breakpointhook(*args, **kws):
    """What breakpoint() calls: the callable PYTHONBREAKPOINT names ('0' turns it off); pyrs
    has no pdb for the default."""
    import os
    target = os.environ.get("PYTHONBREAKPOINT", "")
    if target == "0":
        return None
    if not target or target == "pdb.set_trace":
        raise RuntimeError("breakpoint(): pyrs has no debugger (pdb is not available); "
                           "set sys.breakpointhook or PYTHONBREAKPOINT")
    modname, dot, funcname = target.rpartition(".")
    try:
        import importlib
        hook = getattr(importlib.import_module(modname or "builtins"), funcname)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn(f"Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\"", RuntimeWarning)
        return None
    return hook(*args, **kws)


__breakpointhook__ = breakpointhook


class UnraisableHookArgs(_StructSeq):
    """What sys.unraisablehook receives."""

    __slots__ = ()
    _fields = ("exc_type", "exc_value", "exc_traceback", "err_msg", "object")

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(type(self)._fields, self))
        return f"UnraisableHookArgs({parts})"


_UnraisableHookArgs = UnraisableHookArgs
del UnraisableHookArgs


def __unraisablehook__(unraisable, /):
    """Write CPython's report of an exception that could not be raised to sys.stderr."""
    _report_unraisable(unraisable.exc_value, unraisable.err_msg, unraisable.object)


unraisablehook = __unraisablehook__


def _unraisable(exc, err_msg, obj):
    """Called by the interpreter when sys.unraisablehook was replaced."""
    unraisablehook(_UnraisableHookArgs((type(exc), exc, exc.__traceback__, err_msg, obj)))


def settrace(function, /):
    if function is not None:
        raise NotImplementedError("sys.settrace: pyrs does not trace execution")


def gettrace():
    return None


def setprofile(function, /):
    if function is not None:
        raise NotImplementedError("sys.setprofile: pyrs does not profile execution")


def getprofile():
    return None


def call_tracing(func, args, /):
    if not isinstance(args, tuple):
        raise TypeError(f"call_tracing() argument 2 must be tuple, not {type(args).__name__}")
    return func(*args)


def _current_frames():
    return {}


_switch_interval = [0.005]


def getswitchinterval():
    return _switch_interval[0]


def setswitchinterval(interval, /):
    interval = float(interval)
    if interval <= 0.0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval[0] = interval


_origin_depth = [0]


def get_coroutine_origin_tracking_depth():
    return _origin_depth[0]


def set_coroutine_origin_tracking_depth(depth):
    if not isinstance(depth, int):
        raise TypeError(f"'{type(depth).__name__}' object cannot be interpreted as an integer")
    if depth < 0:
        raise ValueError("depth must be >= 0")
    _origin_depth[0] = depth


float_repr_style = "short"
_xoptions = {}
api_version = 1013
abiflags = ""
copyright = ("pyrs: a Python 3.12 interpreter in Rust.\n"
             "Python is copyright the Python Software Foundation.")
thread_info = _struct("thread_info", "name lock version", ("pthread-stubs", "mutex+cond", None))

del _struct, _StructSeq
