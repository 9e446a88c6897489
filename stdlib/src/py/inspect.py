"""Inspect live objects (CPython's inspect module, written for pyrs)."""

import abc
import builtins
import collections.abc
import enum
import functools
import linecache
import os
import re
import sys
import types
from collections import namedtuple
from keyword import iskeyword

__all__ = [
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED',
    'ArgInfo', 'Attribute', 'BoundArguments', 'BufferFlags',
    'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
    'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING',
    'GEN_SUSPENDED', 'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT',
    'Traceback', 'classify_class_attrs', 'cleandoc', 'currentframe',
    'findsource', 'formatannotation', 'formatannotationrelativeto',
    'formatargvalues', 'get_annotations', 'getabsfile', 'getargs',
    'getargvalues', 'getasyncgenlocals', 'getasyncgenstate',
    'getattr_static', 'getcallargs', 'getclasstree', 'getclosurevars',
    'getcomments', 'getcoroutinelocals', 'getcoroutinestate', 'getdoc',
    'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap', 'walktree',
]

# Code object flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


class BufferFlags(enum.IntFlag):
    """The flags a buffer is requested with (the argument of __buffer__, PEP 688):
    the PyBUF_* values of the C buffer protocol."""
    SIMPLE = 0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = ND | 0x10
    C_CONTIGUOUS = STRIDES | 0x20
    F_CONTIGUOUS = STRIDES | 0x40
    ANY_CONTIGUOUS = STRIDES | 0x80
    INDIRECT = STRIDES | 0x100
    # the usual combinations
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | FORMAT | WRITABLE
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | FORMAT | WRITABLE
    FULL_RO = INDIRECT | FORMAT
    # read-only or writable access
    READ = 0x100
    WRITE = 0x200


_MISSING = object()


# ---------------------------------------------------------------- predicates

def _isinstance_test(name, kind, what):
    """Build a predicate true for instances of `kind`."""
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'Return true if the object is ' + what + '.'
    return test


ismodule = _isinstance_test('ismodule', types.ModuleType, 'a module')
isclass = _isinstance_test('isclass', type, 'a class')
ismethod = _isinstance_test('ismethod', types.MethodType, 'a bound method')
isfunction = _isinstance_test('isfunction', types.FunctionType,
                              'a function written in Python')
ismemberdescriptor = _isinstance_test(
    'ismemberdescriptor', types.MemberDescriptorType,
    'a member descriptor (as made for __slots__)')
isgetsetdescriptor = _isinstance_test(
    'isgetsetdescriptor', types.GetSetDescriptorType, 'a getset descriptor')
isasyncgen = _isinstance_test('isasyncgen', types.AsyncGeneratorType,
                              'an asynchronous generator')
isgenerator = _isinstance_test('isgenerator', types.GeneratorType, 'a generator')
iscoroutine = _isinstance_test('iscoroutine', types.CoroutineType, 'a coroutine')
istraceback = _isinstance_test('istraceback', types.TracebackType, 'a traceback')
isframe = _isinstance_test('isframe', types.FrameType, 'a frame')
iscode = _isinstance_test('iscode', types.CodeType, 'a code object')
isbuiltin = _isinstance_test('isbuiltin', types.BuiltinFunctionType,
                             'a built-in function or bound built-in method')
ismethodwrapper = _isinstance_test('ismethodwrapper', types.MethodWrapperType,
                                   'a method-wrapper (a bound slot method)')


def _hooks_of(obj):
    """Which descriptor methods the type of `obj` has (none for classes,
    methods and functions, which the descriptor predicates leave out)."""
    if isinstance(obj, (type, types.MethodType, types.FunctionType)):
        return ()
    kind = type(obj)
    return [hook for hook in ('__get__', '__set__', '__delete__')
            if hasattr(kind, hook)]


def ismethoddescriptor(object):
    """Return true for descriptors with __get__ but no __set__ (such as
    methods of built-in types), other than functions, methods and classes."""
    hooks = _hooks_of(object)
    return '__get__' in hooks and '__set__' not in hooks


def isdatadescriptor(object):
    """Return true for descriptors defining __set__ or __delete__ (such as
    properties), other than functions, methods and classes."""
    hooks = _hooks_of(object)
    return '__set__' in hooks or '__delete__' in hooks


def _strip_partials(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _looks_like_function(obj):
    # Objects (e.g. compiled by Cython) that carry everything a Python
    # function does without being one.
    if isinstance(obj, type) or not callable(obj):
        return False
    fields = [getattr(obj, attr, _MISSING) for attr in
              ('__code__', '__name__', '__defaults__', '__kwdefaults__',
               '__annotations__')]
    code, name, pos_defaults, kw_defaults, notes = fields
    return (type(code) is types.CodeType and isinstance(name, str)
            and (pos_defaults is None or type(pos_defaults) is tuple)
            and (kw_defaults is None or type(kw_defaults) is dict)
            and (notes is _MISSING or notes is None or isinstance(notes, dict)))


def _underlying_function(obj):
    while isinstance(obj, types.MethodType):
        obj = obj.__func__
    return _strip_partials(obj)


def _code_flag_set(func, flag):
    func = _underlying_function(func)
    if isfunction(func) or _looks_like_function(func):
        return (func.__code__.co_flags & flag) != 0
    return False


def isgeneratorfunction(obj):
    """Return true for functions (or methods, partials) that make generators."""
    return _code_flag_set(obj, CO_GENERATOR)


_COROUTINE_TAG = object()


def markcoroutinefunction(func):
    """Decorator marking `func` so that iscoroutinefunction() is true for it."""
    target = getattr(func, '__func__', func)
    target._pyrs_coroutine_tag = _COROUTINE_TAG
    return target


def iscoroutinefunction(obj):
    """Return true for `async def` functions and ones marked with
    markcoroutinefunction()."""
    if _code_flag_set(obj, CO_COROUTINE):
        return True
    tag = getattr(_underlying_function(obj), '_pyrs_coroutine_tag', None)
    return tag is _COROUTINE_TAG


def isasyncgenfunction(obj):
    """Return true for `async def` functions containing `yield`."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isawaitable(object):
    """Return true if `await object` is allowed."""
    if iscoroutine(object):
        return True
    if isgenerator(object):
        # Generators decorated with types.coroutine().
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return isinstance(object, collections.abc.Awaitable)


def isroutine(object):
    """Return true for any kind of function or method, built-in or not."""
    checks = (isbuiltin, isfunction, ismethod, ismethoddescriptor,
              ismethodwrapper)
    return any(check(object) for check in checks)


def isabstract(object):
    """Return true for abstract base classes that still have abstract methods."""
    if not isclass(object):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    if not isinstance(object, abc.ABCMeta):
        return False
    computed = getattr(object, '__abstractmethods__', None)
    if computed is not None:
        return len(computed) > 0
    # Asked from __init_subclass__, before ABCMeta has filled in
    # __abstractmethods__: look for what it will find.
    if any(getattr(v, '__isabstractmethod__', False)
           for v in object.__dict__.values()):
        return True
    inherited = set()
    for parent in object.__bases__:
        inherited.update(getattr(parent, '__abstractmethods__', ()))
    return any(getattr(getattr(object, name, None), '__isabstractmethod__', False)
               for name in inherited)


# ---------------------------------------------------------- members and mro

def _dynamic_names(cls):
    """Names of DynamicClassAttribute entries of the bases (dir() may miss them)."""
    extra = []
    for parent in getattr(cls, '__bases__', ()):
        extra.extend(key for key, val in vars(parent).items()
                     if isinstance(val, types.DynamicClassAttribute))
    return extra


def _collect_members(subject, predicate, fetch):
    names = dir(subject)
    chain = ()
    if isclass(subject):
        chain = (subject,) + getmro(subject)
        names += _dynamic_names(subject)
    picked = {}
    for name in names:
        if name in picked:
            continue
        try:
            value = fetch(subject, name)
        except AttributeError:
            # Fall back on the raw entry of a class in the MRO.
            owners = [k for k in chain if name in vars(k)]
            if not owners:
                continue
            value = vars(owners[0])[name]
        if predicate is None or predicate(value):
            picked[name] = value
    return [(name, picked[name]) for name in sorted(picked)]


def getmembers(object, predicate=None):
    """(name, value) pairs for the attributes of `object`, sorted by name,
    keeping only those for which `predicate(value)` is true when given."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but without running descriptors or __getattr__."""
    return _collect_members(object, predicate, getattr_static)


def getmro(cls):
    """The classes searched for attributes of `cls`, in order (cls first)."""
    return cls.__mro__


Attribute = namedtuple('Attribute', ['name', 'kind', 'defining_class', 'object'])


def _attr_kind(raw):
    if isinstance(raw, staticmethod):
        return "static method"
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return "class method"
    if isinstance(raw, property):
        return "property"
    return "method" if isroutine(raw) else "data"


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for every attribute
    of `cls`; kind is 'class method', 'static method', 'property', 'method'
    or 'data'."""
    meta = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    search = (cls,) + meta + getmro(cls)
    out = []
    done = set()
    for name in dir(cls) + _dynamic_names(cls):
        if name in done:
            continue
        done.add(name)
        owner = next((k for k in search if name in vars(k)), None)
        if owner is not None:
            raw = vars(owner)[name]
        else:
            try:
                raw = getattr(cls, name)
            except AttributeError:
                continue
            owner = getattr(raw, '__objclass__', None)
        out.append(Attribute(name, _attr_kind(raw), owner, raw))
    return out


def walktree(classes, children, parent):
    """Nested lists of (class, bases) pairs for getclasstree()."""
    tree = []
    for cls in sorted(classes, key=lambda k: (k.__module__, k.__name__)):
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange `classes` into nested lists following their inheritance."""
    below = {}
    tops = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in tops:
                tops.append(cls)
            continue
        for parent in cls.__bases__:
            kids = below.setdefault(parent, [])
            if cls not in kids:
                kids.append(cls)
            if unique and parent in classes:
                break
    tops.extend(parent for parent in below if parent not in classes)
    return walktree(tops, below, None)


# ----------------------------------------------------------- documentation

def indentsize(line):
    """How many columns of blanks start `line` (tabs expanded)."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def cleandoc(doc):
    """A docstring with its indentation removed: the first line is stripped
    on the left, the others lose their common indentation, and blank lines
    at either end are dropped."""
    head, *rest = doc.expandtabs().split('\n')
    widths = [indentsize(ln) for ln in rest if ln.strip()]
    cut = min(widths, default=0)
    body = [head.lstrip()] + [ln[cut:] for ln in rest]
    first, last = 0, len(body)
    while first < last and not body[first]:
        first += 1
    while last > first and not body[last - 1]:
        last -= 1
    return '\n'.join(body[first:last])


def _owner_class(obj):
    """The class a function or method was defined in, found by qualname."""
    if ismethod(obj):
        owner = obj.__self__
        return owner if isclass(owner) else type(owner), obj.__func__.__name__
    if isfunction(obj):
        path = obj.__qualname__.split('.')
        if len(path) < 2 or '<locals>' in path:
            return None, None
        holder = sys.modules.get(obj.__module__)
        for part in path[:-1]:
            holder = getattr(holder, part, None)
        return (holder if isclass(holder) else None), obj.__name__
    if isbuiltin(obj):
        owner = getattr(obj, '__self__', None)
        if owner is None or ismodule(owner):
            return None, None
        return (owner if isclass(owner) else type(owner)), obj.__name__
    if isinstance(obj, property):
        fget = obj.fget
        if fget is None:
            return None, None
        holder, _ = _owner_class(fget)
        return holder, fget.__name__
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        return getattr(obj, '__objclass__', None), getattr(obj, '__name__', None)
    return None, None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            text = getattr(base, '__doc__', None)
            if text is not None:
                return text
        return None
    owner, name = _owner_class(obj)
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        candidate = base.__dict__.get(name, _MISSING)
        if candidate is _MISSING:
            continue
        text = getattr(candidate, '__doc__', None)
        if text is not None:
            return text
    return None


def getdoc(object):
    """The docstring of `object` cleaned up by cleandoc(); when it has none,
    the docstring of what it overrides in a base class, else None."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        try:
            text = _inherited_doc(object)
        except (TypeError, AttributeError):
            text = None
    return cleandoc(text) if isinstance(text, str) else None


# ------------------------------------------------------------ files/modules

_FILE_HOLDERS = ('module, class, method, function, traceback, frame, or '
                 'code object was expected, got {}')


def _to_code(obj):
    """Follow method -> function -> code and traceback -> frame -> code."""
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        return obj.f_code
    return obj


def getfile(object):
    """The name of the file `object` (a module, class, function, method,
    code, frame or traceback) comes from."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if not path:
            raise TypeError('{!r} is a built-in module'.format(object))
        return path
    if isclass(object):
        home = getattr(object, '__module__', None)
        if home is not None:
            path = getattr(sys.modules.get(home), '__file__', None)
            if path:
                return path
            if home == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _to_code(object)
    if not iscode(code):
        raise TypeError(_FILE_HOLDERS.format(type(code).__name__))
    return code.co_filename


def getmodulename(path):
    """The module name a file path stands for, or None."""
    leaf = os.path.basename(path)
    for ending in ('.cpython-312-wasm32-wasi.so', '.abi3.so', '.so',
                   '.py', '.pyc', '.pyw'):
        if leaf.endswith(ending):
            return leaf[:-len(ending)]
    return None


def getsourcefile(object):
    """The Python source file of `object`, or None when there is none."""
    path = getfile(object)
    if path.endswith('.pyc'):
        path = path[:-1]
    known = path in linecache.cache
    if not path.endswith(('.py', '.pyw')):
        pseudo = path[:1] == '<' and path[-1:] == '>'
        return path if pseudo and known else None
    if os.path.exists(path) or known:
        return path
    home = getmodule(object, path)
    return path if getattr(home, '__loader__', None) is not None else None


def getabsfile(object, _filename=None):
    """An absolute, normalised path for the file of `object`."""
    path = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(path))


def getmodule(object, _filename=None):
    """The module `object` was defined in, or None."""
    if ismodule(object):
        return object
    try:
        home = object.__module__
    except AttributeError:
        pass
    else:
        return sys.modules.get(home)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    for mod in list(sys.modules.values()):
        if getattr(mod, '__file__', None) == _filename:
            return mod
    main = sys.modules.get('__main__')
    name = getattr(object, '__name__', None)
    if main is not None and name is not None and getattr(main, name, None) is object:
        return main
    return None


# ------------------------------------------------------------ source code

_BRACKETS = {'(': 1, '[': 1, '{': 1, ')': -1, ']': -1, '}': -1}


def _logical_end(lines, start):
    """Index of the physical line where the logical line at `start` ends."""
    depth = 0
    quote = None
    i = start
    while i < len(lines):
        text = lines[i]
        j = 0
        continued = False
        while j < len(text):
            ch = text[j]
            if quote:
                if ch == '\\':
                    j += 2
                    continue
                if text.startswith(quote, j):
                    j += len(quote)
                    quote = None
                    continue
                j += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                quote = ch * 3 if text.startswith(ch * 3, j) else ch
                j += len(quote)
                continue
            if ch in _BRACKETS:
                depth += _BRACKETS[ch]
            elif ch == '\\' and text[j + 1:].strip() == '':
                continued = True
            j += 1
        if quote is not None and len(quote) == 1:
            quote = None
        if depth <= 0 and quote is None and not continued:
            return i
        i += 1
    return len(lines) - 1


def _strip_code(line):
    return line.split('#', 1)[0].strip() if '#' in line else line.strip()


def _block_length(lines):
    """Number of lines of the def/class/lambda block starting at lines[0]."""
    i = 0
    # Decorators come first.
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i = _logical_end(lines, i) + 1
    if i >= len(lines):
        return len(lines)
    head = lines[i].lstrip()
    end = _logical_end(lines, i)
    if not re.match(r'(async\s+)?(def|class)\b', head):
        return end + 1       # a lambda: its logical line only
    header = ''.join(lines[i:end + 1])
    if not _strip_code(header).endswith(':'):
        return end + 1       # body on the same line as the header
    base = indentsize(lines[i])
    last = end
    body_col = None
    k = end + 1
    while k < len(lines):
        text = lines[k]
        stripped = text.strip()
        if not stripped:
            k += 1
            continue
        col = indentsize(text)
        if stripped.startswith('#'):
            if body_col is not None and col >= body_col:
                last = k
            k += 1
            continue
        if col <= base:
            break
        if body_col is None:
            body_col = col
        k = _logical_end(lines, k)
        last = k
        k += 1
    return last + 1


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    return lines[:_block_length(lines)]


_DEF_LINE = re.compile(r'(\s*)(?:async\s+)?(def|class)\s+(\w+)')


def _find_class_line(lines, qualname):
    # Rebuild the qualname of every def/class line from the indentation.
    scopes = []                  # (indent, qualname prefix, is_function)
    for index, text in enumerate(lines):
        found = _DEF_LINE.match(text)
        if not found:
            continue
        col = indentsize(text)
        while scopes and scopes[-1][0] >= col:
            scopes.pop()
        if scopes:
            prefix = scopes[-1][1] + ('.<locals>.' if scopes[-1][2] else '.')
        else:
            prefix = ''
        name = prefix + found.group(3)
        is_def = found.group(2) == 'def'
        scopes.append((col, name, is_def))
        if not is_def and name == qualname:
            # Include the decorators written above the class.
            while index > 0 and lines[index - 1].lstrip().startswith('@') \
                    and indentsize(lines[index - 1]) == col:
                index -= 1
            return index
    return None


def _source_text(object):
    """All lines of the file holding `object`'s source (OSError if none)."""
    path = getsourcefile(object)
    if path is None:
        path = getfile(object)
        if path[:1] != '<' or path[-1:] != '>':
            raise OSError('source code not available')
    home = getmodule(object, path)
    found = linecache.getlines(path, vars(home) if home is not None else None)
    if not found:
        raise OSError('could not get source code')
    return found


def findsource(object):
    """All the lines of the source file of `object` and the index of the
    line its definition starts at (OSError when they cannot be found)."""
    text = _source_text(object)
    if ismodule(object):
        return text, 0
    if isclass(object):
        row = _find_class_line(text, object.__qualname__)
        if row is None:
            raise OSError('could not find class definition')
        return text, row
    code = _to_code(object)
    if not iscode(code):
        raise OSError('could not find code object')
    row = getattr(code, 'co_firstlineno', 0) - 1
    if not 0 <= row < len(text):
        raise OSError('lineno is out of bounds')
    return text, row


def getsourcelines(object):
    """The source lines of `object` and the number of its first line
    (0 for a whole module)."""
    object = unwrap(object)
    if isinstance(object, functools.partial):
        raise TypeError(_FILE_HOLDERS.format('partial'))
    text, row = findsource(object)
    frame = object.tb_frame if istraceback(object) else object
    whole = ismodule(frame) or (isframe(frame)
                                and frame.f_code.co_name == '<module>')
    if whole:
        return text, 0
    return getblock(text[row:]), row + 1


def getsource(object):
    """The source code of `object` as one string."""
    return ''.join(getsourcelines(object)[0])


def _is_comment(line):
    return line.lstrip()[:1] == '#'


def getcomments(object):
    """The comment lines just above the source of `object` (for a module,
    those at the top of the file), or None."""
    try:
        text, row = findsource(object)
    except (TypeError, OSError):
        return None
    picked = []
    if ismodule(object):
        at = 1 if text[:1] and text[0][:2] == '#!' else 0
        while at < len(text) and text[at].strip() in ('', '#'):
            at += 1
        while at < len(text) and text[at][:1] == '#':
            picked.append(text[at].expandtabs())
            at += 1
        return ''.join(picked) if picked else None
    depth = indentsize(text[row]) if row < len(text) else 0
    at = row - 1
    while at >= 0 and _is_comment(text[at]) and indentsize(text[at]) == depth:
        picked.append(text[at].expandtabs().lstrip())
        at -= 1
    picked.reverse()
    # Bare '#' lines at either end are left out.
    while picked and picked[-1].strip() == '#':
        picked.pop()
    while picked and picked[0].strip() == '#':
        picked.pop(0)
    return ''.join(picked) if picked else None


# ------------------------------------------------------------- attributes

# Static lookup.  A lookup is a search through an ordered chain of namespaces
# (plain dicts, read through type's own slots so that no metaclass hook runs);
# getattr_static only decides which namespaces make up the chain.
_mro_of = type.__dict__['__mro__'].__get__
_namespace_of = type.__dict__['__dict__'].__get__


def _namespaces(cls, *, guarded=True):
    """Yield the namespaces along the MRO of `cls`.  Guarded, a class whose
    metaclass covers '__dict__' with anything but the interpreter's slot is
    treated as having no readable namespace and contributes nothing."""
    for klass in _mro_of(cls):
        if not guarded or _exposes_real_dict(type(klass)):
            yield _namespace_of(klass)


def _search(spaces, name):
    """(value,) from the first namespace of `spaces` holding `name`, else ()."""
    for space in spaces:
        if name in space:
            return (space[name],)
    return ()


def _exposes_real_dict(kind):
    """Whether '__dict__' on instances of `kind` is the interpreter's own
    slot of that name (or is not defined at all), so reading it runs no code.
    A getset/member descriptor made for another name does not qualify."""
    entry = _search(_namespaces(kind, guarded=False), '__dict__')
    if not entry:
        return True
    slot_kind = type(entry[0]) in (types.GetSetDescriptorType, types.MemberDescriptorType)
    return slot_kind and entry[0].__name__ == '__dict__'


def _is_data_descriptor(value):
    """Whether the type of `value` defines __get__ and also __set__ or
    __delete__ (one pass over its readable namespaces)."""
    hooks = set()
    for space in _namespaces(type(value)):
        hooks.update(hook for hook in ('__get__', '__set__', '__delete__') if hook in space)
    return '__get__' in hooks and len(hooks) > 1


def _instance_namespace(obj, kind):
    """The instance dict of `obj`, as a one-element list, when it can be read
    without running code; else an empty list."""
    if _exposes_real_dict(kind):
        try:
            return [object.__getattribute__(obj, '__dict__')]
        except (AttributeError, TypeError):  # no dict, or a slot of another class
            pass
    return []


def _lookup_chain(obj, name):
    """The namespaces getattr_static searches for `name` on `obj`, by priority.
    A class: its own MRO, then its metaclass's.  Anything else: its type's MRO
    alone when the type holds a data descriptor under `name`, otherwise the
    instance dict first."""
    kind = type(obj)
    type_side = list(_namespaces(kind))
    if issubclass(kind, type):
        return [*_namespaces(obj), *type_side]
    held = _search(type_side, name)
    if held and _is_data_descriptor(held[0]):
        return type_side
    return _instance_namespace(obj, kind) + type_side


def getattr_static(obj, attr, default=_MISSING):
    """Look `attr` up on `obj` the way getattr() does but statically: what is
    stored is returned as is (descriptors are not called, __getattr__ and
    __getattribute__ are not used).  Without a default, AttributeError."""
    found = _search(_lookup_chain(obj, attr), attr)
    if found:
        return found[0]
    if default is _MISSING:
        raise AttributeError(attr)
    return default


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func*, following its chain of __wrapped__
    attributes; `stop(f)` true ends the walk early."""
    start = func
    visited = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        visited.add(id(func))
    return func


def _own_class_annotations(cls):
    """The '__annotations__' entry of the namespace `cls` presents (its own,
    not inherited ones), or None; type's getset of that name does not count."""
    try:
        entry = cls.__dict__['__annotations__']
    except (AttributeError, KeyError, TypeError):
        return None
    return None if isinstance(entry, types.GetSetDescriptorType) else entry


def _module_namespace(name):
    """The namespace of the loaded module called `name`, or None."""
    try:
        return vars(sys.modules[name])
    except (KeyError, TypeError):
        return None


def _innermost_globals(target):
    """The __globals__ of what `target` ultimately wraps (following
    __wrapped__ links and partial objects), or None."""
    seen = 0
    while seen < sys.getrecursionlimit():
        seen += 1
        if hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        elif isinstance(target, functools.partial):
            target = target.func
        else:
            break
    return getattr(target, '__globals__', None)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a module, class or callable (for a
    class, only those of its own body).  With eval_str, string annotations
    are evaluated with eval() in `globals`/`locals`, which default to the
    namespaces the object was defined in."""
    is_class = isinstance(obj, type)
    is_module = not is_class and isinstance(obj, types.ModuleType)
    if not (is_class or is_module or callable(obj)):
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    found = (_own_class_annotations(obj) if is_class
             else getattr(obj, '__annotations__', None))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not (eval_str and found):
        return dict(found)
    if globals is None and is_module:
        globals = vars(obj)
    elif globals is None:
        # What the object wraps knows best; then its home module or its own globals.
        globals = _innermost_globals(obj)
        if globals is None:
            globals = (_module_namespace(getattr(obj, '__module__', None)) if is_class
                       else getattr(obj, '__globals__', None))
    if locals is None and is_class:
        locals = dict(vars(obj))
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ---------------------------------------------------- generators/coroutines

_STATE_WORDS = ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED')
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_' + word for word in _STATE_WORDS)
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_' + word for word in _STATE_WORDS)
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_' + word for word in _STATE_WORDS)


def _run_state(obj, field_prefix):
    if getattr(obj, field_prefix + 'running', False):
        return 'RUNNING'
    if getattr(obj, field_prefix + 'suspended', False):
        return 'SUSPENDED'
    if getattr(obj, field_prefix + 'frame', None) is None:
        return 'CLOSED'
    return 'CREATED'


def getgeneratorstate(generator):
    """'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED' or 'GEN_CLOSED'."""
    return 'GEN_' + _run_state(generator, 'gi_')


def getcoroutinestate(coroutine):
    """'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED' or 'CORO_CLOSED'."""
    return 'CORO_' + _run_state(coroutine, 'cr_')


def getasyncgenstate(agen):
    """'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED' or 'AGEN_CLOSED'."""
    return 'AGEN_' + _run_state(agen, 'ag_')


def _frame_locals(obj, field):
    live = getattr(obj, field, None)
    return {} if live is None else live.f_locals


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (a dict)."""
    if isgenerator(generator):
        return _frame_locals(generator, 'gi_frame')
    raise TypeError("{!r} is not a Python generator".format(generator))


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine (a dict)."""
    return _frame_locals(coroutine, 'cr_frame')


def getasyncgenlocals(agen):
    """The local variables of a suspended asynchronous generator (a dict)."""
    if isasyncgen(agen):
        return _frame_locals(agen, 'ag_frame')
    raise TypeError(f"{agen!r} is not a Python async generator")


# ------------------------------------------------------------------ frames

def _record_type(name, fields, about):
    """A named tuple type that also carries a `positions` attribute (kept
    out of the tuple itself, as in CPython)."""
    base = namedtuple('_' + name + 'Fields', fields)

    def __new__(cls, *values, positions=None):
        self = base.__new__(cls, *values)
        self.positions = positions
        return self

    def __repr__(self):
        shown = [f'{f}={v!r}' for f, v in zip(self._fields, self)]
        shown.append(f'positions={self.positions!r}')
        return f"{name}({', '.join(shown)})"

    return type(name, (base,), {'__new__': __new__, '__repr__': __repr__,
                                '__doc__': about, '__module__': __name__})


Traceback = _record_type(
    'Traceback', ['filename', 'lineno', 'function', 'code_context', 'index'],
    'Where execution is in a frame: file, line, function, context lines.')
FrameInfo = _record_type(
    'FrameInfo', ['frame', 'filename', 'lineno', 'function', 'code_context', 'index'],
    'A frame together with the Traceback information about it.')


def getlineno(frame):
    """The line number `frame` is executing."""
    return frame.f_lineno


def _context_lines(filename, lineno, context):
    """Up to `context` source lines centred on `lineno`, and its index."""
    text = linecache.getlines(filename) if context > 0 else []
    if not text:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(text) - context))
    return text[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a
    frame or traceback object."""
    if istraceback(frame):
        line, frame = frame.tb_lineno, frame.tb_frame
    elif isframe(frame):
        line = frame.f_lineno
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    where = getsourcefile(frame) or getfile(frame)
    shown, index = _context_lines(where, line, context)
    return Traceback(where, line, frame.f_code.co_name, shown, index,
                     positions=(line, line, None, None))


def _frame_records(start, step, frame_of, context):
    records = []
    node = start
    while node is not None:
        info = getframeinfo(node, context)
        records.append(FrameInfo(frame_of(node), *info, positions=info.positions))
        node = step(node)
    return records


def getouterframes(frame, context=1):
    """FrameInfo records for `frame` and each of its callers, innermost first."""
    return _frame_records(frame, lambda f: f.f_back, lambda f: f, context)


def getinnerframes(tb, context=1):
    """FrameInfo records for the frames of traceback `tb`, outermost first."""
    return _frame_records(tb, lambda t: t.tb_next, lambda t: t.tb_frame, context)


def currentframe():
    """The frame of the caller (None where frames are not available)."""
    fetch = getattr(sys, '_getframe', None)
    if fetch is None:
        return None
    return fetch(1)


def stack(context=1):
    """FrameInfo records for the caller and everything that called it."""
    caller = sys._getframe(1)
    return getouterframes(caller, context)


def trace(context=1):
    """FrameInfo records for the exception being handled, from here down to
    where it was raised."""
    current = sys.exception()
    tb = None if current is None else current.__traceback__
    return getinnerframes(tb, context)


ArgInfo = namedtuple('ArgInfo', ['args', 'varargs', 'keywords', 'locals'])
Arguments = namedtuple('Arguments', ['args', 'varargs', 'varkw'])


def getargs(co):
    """Arguments(args, varargs, varkw): the parameter names of code `co`."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = list(co.co_varnames)
    named = co.co_argcount + co.co_kwonlyargcount
    rest = names[named:]
    star = rest.pop(0) if co.co_flags & CO_VARARGS else None
    double = rest.pop(0) if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(names[:named], star, double)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) for the call running in `frame`."""
    spec = getargs(frame.f_code)
    return ArgInfo(spec.args, spec.varargs, spec.varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Render what getargvalues() returned as '(a=1, *rest=(), **kw={})'."""
    shown = [formatarg(n) + formatvalue(locals[n]) for n in args]
    for name, style in ((varargs, formatvarargs), (varkw, formatvarkw)):
        if name:
            shown.append(style(name) + formatvalue(locals[name]))
    return '(%s)' % ', '.join(shown)


ClosureVars = namedtuple('ClosureVars', ['nonlocals', 'globals', 'builtins', 'unbound'])


def _all_names(code):
    """Global-or-builtin names used by `code` and the code nested in it."""
    names = list(code.co_names)
    for const in code.co_consts:
        if iscode(const):
            names.extend(_all_names(const))
    return names


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where the free
    names of a Python function find their values."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    cells = dict(zip(func.__code__.co_freevars, func.__closure__ or ()))
    outer = {}
    for name, cell in cells.items():
        try:
            outer[name] = cell.cell_contents
        except ValueError:      # an empty cell
            pass
    module_ns = func.__globals__
    builtin_ns = module_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = vars(builtin_ns)
    found_g, found_b, missing = {}, {}, set()
    for name in _all_names(func.__code__):
        if name in ('None', 'True', 'False'):
            continue
        if name in module_ns:
            found_g[name] = module_ns[name]
        elif name in builtin_ns:
            found_b[name] = builtin_ns[name]
        else:
            missing.add(name)
    return ClosureVars(outer, found_g, found_b, missing)


# ------------------------------------------------------------- signatures

def formatannotation(annotation, base_module=None):
    """Render an annotation the way a signature shows it."""
    home = getattr(annotation, '__module__', None)
    if home == 'typing':
        # typing's reprs, without the 'typing.' prefixes.
        return re.sub(r'(?<![\w.])typing\.', '', repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    if home in ('builtins', base_module):
        return annotation.__qualname__
    return f'{home}.{annotation.__qualname__}'


def formatannotationrelativeto(object):
    """A formatannotation() that leaves out the module of `object`."""
    def _format_relative(annotation):
        return formatannotation(annotation, getattr(object, '__module__', None))
    return _format_relative


class _NotGiven:
    """Marks a replace() argument that was left out."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_KIND_TEXT = ('positional-only', 'positional or keyword',
              'variadic positional', 'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_TEXT[self]


_PO, _PK, _VP, _KO, _VK = _ParameterKind
_STARRED = (_VP, _VK)
_POSITIONAL = (_PO, _PK)


def _rebuild(cls, args, kwargs):
    return cls(*args, **kwargs)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation
    (the last two being Parameter.empty when absent).  Immutable: use
    replace() to derive a changed copy."""

    __slots__ = ('_pname', '_pkind', '_pdefault', '_pnote')

    POSITIONAL_ONLY = _PO
    POSITIONAL_OR_KEYWORD = _PK
    VAR_POSITIONAL = _VP
    KEYWORD_ONLY = _KO
    VAR_KEYWORD = _VK

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if kind in _STARRED and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have '
                             'default values')
        if type(name) is not str and not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name.startswith('.') and name[1:].isdigit():
            # '.0': the hidden iterator argument of a comprehension.
            if kind is not _PK:
                raise ValueError('implicit arguments must be passed as '
                                 'positional or keyword arguments, not '
                                 f'{kind.description}')
            kind, name = _PO, 'implicit' + name[1:]
        if iskeyword(name) or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._pname, self._pkind = name, kind
        self._pdefault, self._pnote = default, annotation

    name = property(lambda self: self._pname)
    kind = property(lambda self: self._pkind)
    default = property(lambda self: self._pdefault)
    annotation = property(lambda self: self._pnote)

    def __reduce__(self):
        return (_rebuild, (type(self), (self._pname, self._pkind),
                           {'default': self._pdefault, 'annotation': self._pnote}))

    def replace(self, *, name=_NotGiven, kind=_NotGiven,
                annotation=_NotGiven, default=_NotGiven):
        """A copy of this parameter with the given fields changed."""
        def pick(given, current):
            return current if given is _NotGiven else given
        return type(self)(pick(name, self._pname), pick(kind, self._pkind),
                          default=pick(default, self._pdefault),
                          annotation=pick(annotation, self._pnote))

    def __str__(self):
        out = self._pname
        noted = self._pnote is not _empty
        if noted:
            out = f'{out}: {formatannotation(self._pnote)}'
        if self._pdefault is not _empty:
            glue = ' = ' if noted else '='
            out = f'{out}{glue}{self._pdefault!r}'
        stars = {_VP: '*', _VK: '**'}.get(self._pkind, '')
        return stars + out

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _identity(self):
        return (self._pname, self._pkind, self._pnote, self._pdefault)

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return self._identity() == other._identity()
        return NotImplemented


class BoundArguments:
    """What Signature.bind() produced: `arguments` maps parameter names to
    the values they received; `args` and `kwargs` rebuild a call."""

    __slots__ = ('arguments', '_sig', '__weakref__')

    def __init__(self, signature, arguments):
        self._sig = signature
        self.arguments = arguments

    @property
    def signature(self):
        return self._sig

    def _split(self):
        """(positional values, keyword values) for calling the function."""
        given = self.arguments
        front, named = [], {}
        positional_done = False
        for name, param in self._sig.parameters.items():
            kind = param.kind
            if not positional_done:
                if kind in (_KO, _VK):
                    positional_done = True
                elif name not in given:
                    # After a gap, later arguments can only go by keyword.
                    positional_done = True
                    continue
                else:
                    if kind is _VP:
                        front.extend(given[name])
                    else:
                        front.append(given[name])
                    continue
            if name in given:
                if kind is _VK:
                    named.update(given[name])
                else:
                    named[name] = given[name]
        return tuple(front), named

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in the defaults of parameters that received nothing (an
        empty tuple or dict for *args and **kwargs)."""
        given = self.arguments
        complete = []
        for name, param in self._sig.parameters.items():
            if name in given:
                complete.append((name, given[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind is _VP:
                complete.append((name, ()))
            elif param.kind is _VK:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self._sig, self.arguments) == (other._sig, other.arguments)
        return NotImplemented

    def __reduce__(self):
        return (_rebuild, (type(self), (self._sig, self.arguments), {}))

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({inner})>'


def _check_order(params):
    """The parameters in a dict by name, after checking they can form a
    signature (kinds in order, defaults last, names unique)."""
    table = {}
    level = _PO
    defaulted = False
    for param in params:
        kind = param.kind
        if kind < level:
            raise ValueError(f'wrong parameter order: {level.description} '
                             f'parameter before {kind.description} parameter')
        level = kind
        if kind in _POSITIONAL:
            if param.default is _empty:
                if defaulted:
                    raise ValueError('non-default argument follows default '
                                     'argument')
            else:
                defaulted = True
        if param.name in table:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        table[param.name] = param
    return table


class Signature:
    """The call signature of a callable: `parameters`, an ordered mapping
    of names to Parameter objects, and `return_annotation`
    (Signature.empty when there is none).  Immutable: use replace()."""

    __slots__ = ('_ret', '_params')

    _param_factory = Parameter
    _bound_factory = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            table = {}
        elif __validate_parameters__:
            table = _check_order(parameters)
        else:
            table = {p.name: p for p in parameters}
        self._params = types.MappingProxyType(table)
        self._ret = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """The signature of callable `obj` (see inspect.signature())."""
        return _derive_signature(obj, cls, follow_wrapped, True,
                                 globals, locals, eval_str)

    parameters = property(lambda self: self._params)
    return_annotation = property(lambda self: self._ret)

    def replace(self, *, parameters=_NotGiven, return_annotation=_NotGiven):
        """A copy with new parameters and/or return annotation."""
        if parameters is _NotGiven:
            parameters = self._params.values()
        if return_annotation is _NotGiven:
            return_annotation = self._ret
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters compare regardless of their order.
        params = self._params.values()
        return (tuple(p for p in params if p.kind is not _KO),
                frozenset(p for p in params if p.kind is _KO), self._ret)

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._identity() == other._identity()
        return NotImplemented

    def _match(self, args, kwargs, partial):
        """Map the call arguments onto the parameters (bind/bind_partial)."""
        params = list(self._params.values())
        pending = dict(kwargs)
        got = {}
        feed = iter(args)
        left = len(args)
        at = 0
        star_filled = False
        # Positional arguments first, in parameter order.
        while left and at < len(params):
            param = params[at]
            if param.kind is _VP:
                got[param.name] = tuple(feed)
                left = 0
                at += 1
                star_filled = True
                break
            if param.kind not in _POSITIONAL:
                break
            if param.kind is _PK and param.name in pending:
                raise TypeError(f'multiple values for argument {param.name!r}')
            got[param.name] = next(feed)
            left -= 1
            at += 1
        if left:
            raise TypeError('too many positional arguments')
        # As CPython, a missing keyword-only argument is called so only when its
        # parameter comes right after the ones filled positionally.
        first_left = None if star_filled or at >= len(params) else params[at]
        catch_all = None
        for param in params[at:]:
            kind, name = param.kind, param.name
            if kind is _VK:
                catch_all = name
            elif kind is _VP:
                pass
            elif name in pending:
                if kind is _PO:
                    raise TypeError(f'{name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                got[name] = pending.pop(name)
            elif param.default is _empty and not partial:
                which = ' keyword-only' if kind is _KO and param is first_left else ''
                raise TypeError(f'missing a required{which} argument: {name!r}')
        if pending:
            if catch_all is None:
                stray = next(iter(pending))
                raise TypeError(f'got an unexpected keyword argument {stray!r}')
            got[catch_all] = pending
        return self._bound_factory(self, got)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for calling with `args` and `kwargs` (TypeError if
        such a call would fail)."""
        return self._match(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but missing required arguments are allowed."""
        return self._match(args, kwargs, True)

    def __reduce__(self):
        return (_rebuild, (type(self), (tuple(self._params.values()),),
                           {'return_annotation': self._ret}))

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        out = []
        previous = None
        for param in self._params.values():
            kind = param.kind
            if previous is _PO and kind is not _PO:
                out.append('/')
            if kind is _KO and previous not in (_KO, _VP):
                out.append('*')
            out.append(str(param))
            previous = kind
        if previous is _PO:
            out.append('/')
        text = '(' + ', '.join(out) + ')'
        if self._ret is _empty:
            return text
        return text + ' -> ' + formatannotation(self._ret)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of callable `obj`."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


def _without_first(sig):
    """The signature of a bound method: its first parameter is taken."""
    params = list(sig.parameters.values())
    first = params[0].kind if params else None
    if first is None or first in (_KO, _VK):
        raise ValueError('invalid method signature')
    if first is not _VP:
        del params[0]
    return sig.replace(parameters=params)


def _from_function(sigcls, func, globals, locals, eval_str):
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    flags = code.co_flags
    names = list(code.co_varnames)
    n_pos, n_kw = code.co_argcount, code.co_kwonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals,
                            eval_str=eval_str)
    pos_defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    # (name, kind, default) for every parameter, in order.
    layout = []
    first_defaulted = n_pos - len(pos_defaults)
    for i, name in enumerate(names[:n_pos]):
        kind = _PO if i < code.co_posonlyargcount else _PK
        value = pos_defaults[i - first_defaulted] if i >= first_defaulted else _empty
        layout.append((name, kind, value))
    extra = names[n_pos + n_kw:]
    if flags & CO_VARARGS:
        layout.append((extra.pop(0), _VP, _empty))
    for name in names[n_pos:n_pos + n_kw]:
        layout.append((name, _KO, kw_defaults.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        layout.append((extra.pop(0), _VK, _empty))
    make = sigcls._param_factory
    params = [make(name, kind, default=value, annotation=notes.get(name, _empty))
              for name, kind, value in layout]
    return sigcls(params, return_annotation=notes.get('return', _empty),
                  __validate_parameters__=duck)


def _apply_partial(sig, part, leading=()):
    """The signature left once a functools.partial (or partialmethod, whose bound
    object stands in `leading`) has supplied arguments."""
    given_kw = part.keywords or {}
    try:
        bound = sig.bind_partial(*leading, *(part.args or ()), **given_kw).arguments
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part)) from ex
    kept, moved = [], []
    # Once a parameter that could be positional is given by keyword, the
    # ones after it can only be passed by keyword too.
    keyword_from_here = False
    for name, param in sig.parameters.items():
        kind = param.kind
        if name in bound:
            if kind is _PO or (kind is _PK and name not in given_kw):
                continue                      # filled in positionally
            if kind in (_PK, _KO):
                param = param.replace(default=bound[name])
                keyword_from_here = keyword_from_here or kind is _PK
        if not keyword_from_here:
            kept.append(param)
        elif param.kind is _PK:
            moved.append(param.replace(kind=_KO))
        elif param.kind is not _VP:
            moved.append(param)
    return sig.replace(parameters=kept + moved)


def _split_top_level(text):
    """Split `text` at the commas that are not nested in brackets or quotes."""
    parts = []
    depth = 0
    quote = None
    start = 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != '\\':
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _parse_text_signature(sigcls, obj, text, skip_first):
    """A Signature from text such as '($self, a, b=1, /, *, c)'."""
    def invalid():
        return ValueError('{!r} builtin has invalid signature'.format(obj))

    text = text.strip()
    if not (text.startswith('(') and text.endswith(')')):
        raise invalid()
    body = text[1:-1].strip()
    items = _split_top_level(body) if body else []
    module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
    namespace = dict(vars(module)) if module is not None else {}
    make = sigcls._param_factory
    slash = '/' in items
    kind = _PO if slash else _PK
    params = []
    for index, item in enumerate(items):
        if item == '/':
            kind = _PK
            continue
        if item == '*':
            kind = _KO
            continue
        if item.startswith('**'):
            params.append(make(item[2:], _VK))
            continue
        if item.startswith('*'):
            params.append(make(item[1:], _VP))
            kind = _KO
            continue
        name, eq, default = item.partition('=')
        name = name.strip()
        if name.startswith('$'):
            if index != 0:
                raise invalid()
            if skip_first:
                continue
            name = name[1:]
        if not name.isidentifier():
            raise invalid()
        value = _empty
        if eq:
            try:
                value = eval(default.strip(), namespace)
            except Exception:
                raise invalid() from None
        params.append(make(name, kind, default=value))
    try:
        return sigcls(params)
    except ValueError:
        raise invalid() from None


# Callables implemented in C: their signatures cannot be read in pyrs.
_C_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _python_level(owner, name):
    """owner.<name> when it is written in Python (not a built-in slot)."""
    found = getattr(owner, name, None)
    return None if found is None or isinstance(found, _C_CALLABLES) else found


def _declared_signature(obj, sigcls, skip_first):
    """What obj.__signature__ says, or None."""
    declared = getattr(obj, '__signature__', None)
    if declared is None:
        return None
    if callable(declared) and not isinstance(declared, (Signature, str)):
        declared = declared()
    if isinstance(declared, str):
        declared = _parse_text_signature(sigcls, obj, declared, skip_first)
    if isinstance(declared, Signature):
        return declared
    raise TypeError('unexpected object {!r} in __signature__ '
                    'attribute'.format(declared))


def _constructor_of(cls):
    """The Python-level callable that calling `cls` runs, or None."""
    via_meta = _python_level(type(cls), '__call__')
    if via_meta is not None:
        return via_meta
    makers = {'__new__': _python_level(cls, '__new__'),
              '__init__': _python_level(cls, '__init__')}
    # Whichever of the two is defined first along the MRO decides (__new__
    # when a class defines both).
    for klass in cls.__mro__:
        for hook in ('__new__', '__init__'):
            if makers[hook] is not None and hook in vars(klass):
                return makers[hook]
    return None


def _from_text_signature(sigcls, obj):
    """A built-in's signature from its `__text_signature__`, or None: the `$module`
    parameter is always dropped, `$self`/`$type` when the built-in is bound."""
    text = getattr(obj, '__text_signature__', None)
    if not isinstance(text, str):
        return None
    owner = getattr(obj, '__self__', None)
    bound = text.startswith('($module') or (
        owner is not None and not isinstance(owner, types.ModuleType))
    return _parse_text_signature(sigcls, obj, text, bound)


def _derive_signature(obj, sigcls, follow, skip_first, globals, locals, eval_str):
    def recurse(target):
        return _derive_signature(target, sigcls, follow, skip_first,
                                 globals, locals, eval_str)

    def as_called(sig):
        return _without_first(sig) if skip_first else sig

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return as_called(recurse(obj.__func__))
    if follow:
        obj = unwrap(obj, stop=lambda f: ismethod(f) or hasattr(f, "__signature__"))
        if ismethod(obj):
            return recurse(obj)
    declared = _declared_signature(obj, sigcls, skip_first)
    if declared is not None:
        return declared
    method_spec = getattr(obj, '_partialmethod', None)
    if isinstance(method_spec, functools.partialmethod):
        # The function a partialmethod gives when read from the class: its first
        # parameter (self or cls) is kept, the stored arguments fill the next ones.
        wrapped = recurse(method_spec.func)
        rest = _apply_partial(wrapped, method_spec, (None,))
        first = list(wrapped.parameters.values())[0]
        if first.kind is _VP:
            return rest
        return rest.replace(parameters=[first, *rest.parameters.values()])
    if isfunction(obj) or _looks_like_function(obj):
        return _from_function(sigcls, obj, globals, locals, eval_str)
    if obj is object:
        return sigcls()
    if (obj is type or isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _C_CALLABLES)):
        parsed = _from_text_signature(sigcls, obj)
        if parsed is not None:
            return parsed
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, functools.partial):
        return _apply_partial(recurse(obj.func), obj)
    if isclass(obj):
        maker = _constructor_of(obj)
        if maker is not None:
            return as_called(recurse(maker))
        # No constructor written in Python: the first built-in base's own signature.
        for base in obj.__mro__[:-1]:
            text = getattr(base, '__text_signature__', None)
            if text:
                return _parse_text_signature(sigcls, base, text, False)
        if type in obj.__mro__:
            raise ValueError('callable {!r} is not supported by signature'.format(obj))
        if obj.__new__ is object.__new__ and obj.__init__ is object.__init__:
            return sigcls()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    hook = _python_level(type(obj), '__call__')
    if hook is not None:
        return as_called(recurse(hook))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


FullArgSpec = namedtuple('FullArgSpec', ['args', 'varargs', 'varkw', 'defaults',
                                         'kwonlyargs', 'kwonlydefaults',
                                         'annotations'])


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) describing the parameters of `func`
    (TypeError for callables whose signature cannot be found)."""
    try:
        sig = _derive_signature(func, Signature, False, False, None, None, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    by_kind = {kind: [] for kind in _ParameterKind}
    for param in sig.parameters.values():
        by_kind[param.kind].append(param)
    positional = by_kind[_PO] + by_kind[_PK]
    defaults = tuple(p.default for p in positional if p.default is not _empty)
    kwdefaults = {p.name: p.default for p in by_kind[_KO] if p.default is not _empty}
    notes = {} if sig.return_annotation is _empty else {'return': sig.return_annotation}
    notes.update((p.name, p.annotation) for p in sig.parameters.values()
                 if p.annotation is not _empty)
    star = by_kind[_VP][0].name if by_kind[_VP] else None
    double = by_kind[_VK][0].name if by_kind[_VK] else None
    return FullArgSpec([p.name for p in positional], star, double,
                       defaults or None, [p.name for p in by_kind[_KO]],
                       kwdefaults or None, notes)


def _quoted_names(names):
    shown = [repr(n) for n in names]
    if len(shown) < 2:
        return ''.join(shown)
    return ', '.join(shown[:-1]) + ' and ' + shown[-1]


def _counted(number, noun):
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _arity_text(fname, lowest, highest, given, by_keyword):
    """The message for too many positional arguments."""
    if lowest == highest:
        takes = _counted(highest, 'positional argument')
    else:
        takes = f'from {lowest} to {highest} positional arguments'
    if by_keyword:
        got = (f"{_counted(given, 'positional argument')} (and "
               f"{_counted(by_keyword, 'keyword-only argument')}) were")
    else:
        got = f"{given} {'was' if given == 1 else 'were'}"
    return f'{fname}() takes {takes} but {got} given'


def _absent_text(fname, names, kind):
    """The message for required parameters nobody gave a value."""
    return (f"{fname}() missing {_counted(len(names), 'required ' + kind + ' argument')}"
            f": {_quoted_names(names)}")


def getcallargs(func, /, *positional, **named):
    """The dict {parameter name: value} that calling `func(*positional,
    **named)` would bind (a bound method's object fills its first
    parameter); TypeError, worded as for a real call, when it would fail.
    Prefer Signature.bind()."""
    params, star, double, defaults, kwonly, kwdefaults, _ = getfullargspec(func)
    fname = func.__name__
    if ismethod(func):  # the object a bound method carries comes first
        positional = (func.__self__, *positional)
    defaults = defaults or ()
    kwdefaults = kwdefaults or {}
    bound = dict(zip(params, positional))
    surplus = positional[len(params):]
    if star:
        bound[star] = tuple(surplus)
    leftovers = None
    if double:
        leftovers = bound[double] = {}
    known = set(params) | set(kwonly)
    for key, value in named.items():
        if key not in known:
            if leftovers is None:
                raise TypeError(f"{fname}() got an unexpected keyword argument '{key}'")
            leftovers[key] = value
        elif key in bound:
            raise TypeError(f"{fname}() got multiple values for argument '{key}'")
        else:
            bound[key] = value
    if surplus and not star:
        kw_given = sum(1 for key in kwonly if key in named)
        raise TypeError(_arity_text(fname, len(params) - len(defaults), len(params),
                                    len(positional), kw_given))
    first_default = len(params) - len(defaults)
    lacking = [p for p in params[:first_default] if p not in bound]
    if lacking:
        raise TypeError(_absent_text(fname, lacking, 'positional'))
    for at, param in enumerate(params[first_default:]):
        bound.setdefault(param, defaults[at])
    lacking = [p for p in kwonly if p not in bound and p not in kwdefaults]
    if lacking:
        raise TypeError(_absent_text(fname, lacking, 'keyword-only'))
    for param in kwonly:
        bound.setdefault(param, kwdefaults.get(param))
    return bound
