"""Helpers for finding, listing and reading modules and packages."""

from collections import namedtuple
import importlib
import importlib.machinery
import importlib.util
import os
import os.path
import re
import sys
from types import ModuleType
import warnings

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]


ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    """Load a code object from an open .pyc file; None on a wrong magic number."""
    import marshal

    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)          # flags, modification time / hash, source size
    return marshal.load(stream)


# ---------------------------------------------------------------------------
# Finders for path entries

def _finder_for_directory(directory):
    """Build a FileFinder when no path hook claims a directory."""
    machinery = importlib.machinery
    if not os.path.isdir(directory or '.'):
        return None
    kinds = []
    if machinery.EXTENSION_SUFFIXES:
        kinds.append((machinery.ExtensionFileLoader, machinery.EXTENSION_SUFFIXES))
    kinds.append((machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
    sourceless = getattr(machinery, 'SourcelessFileLoader', None)
    if sourceless is not None and machinery.BYTECODE_SUFFIXES:
        kinds.append((sourceless, machinery.BYTECODE_SUFFIXES))
    return machinery.FileFinder(directory, *kinds)


def get_importer(path_item):
    """Return the finder for one sys.path entry, or None.

    The answer is cached in sys.path_importer_cache.
    """
    path_item = os.fsdecode(path_item)
    cache = sys.path_importer_cache
    if path_item in cache:
        return cache[path_item]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        return cache.setdefault(path_item, finder)
    finder = _finder_for_directory(path_item)
    if finder is not None:
        cache.setdefault(path_item, finder)
    return finder


def iter_importers(fullname=""):
    """Yield the finders that could locate the module named fullname.

    For a submodule these are the finders of its package's __path__; for
    a top-level name, sys.meta_path followed by the finders of sys.path.
    """
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    package_name, dot, _ = fullname.rpartition('.')
    if dot:
        package = importlib.import_module(package_name)
        entries = getattr(package, '__path__', None)
        if entries is None:
            return
    else:
        yield from sys.meta_path
        entries = sys.path
    for entry in entries:
        yield get_importer(entry)


# ---------------------------------------------------------------------------
# Listing modules

def _module_name_of(filename):
    """The module name a file name stands for, or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _holds_init(directory):
    try:
        contents = os.listdir(directory)
    except OSError:
        return False
    return any(_module_name_of(entry) == '__init__' for entry in contents)


def _list_directory(finder, prefix=''):
    """(name, ispkg) pairs for the modules and packages of a FileFinder."""
    where = getattr(finder, 'path', None)
    if where is None or not os.path.isdir(where):
        return
    try:
        entries = sorted(os.listdir(where))
    except OSError:
        entries = []
    reported = set()
    for entry in entries:
        name = _module_name_of(entry)
        if name == '__init__' or name in reported:
            continue
        package = False
        if not name:
            full = os.path.join(where, entry)
            if '.' in entry or not os.path.isdir(full) or not _holds_init(full):
                continue
            name, package = entry, True
        if '.' in name:
            continue
        reported.add(name)
        yield prefix + name, package


def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) pairs for the modules a finder can see."""
    lister = getattr(importer, 'iter_modules', None)
    if lister is not None:
        return lister(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _list_directory(importer, prefix)
    return []


def iter_modules(path=None, prefix=''):
    """Yield ModuleInfo for every top-level module found on path.

    path is a list of directories, or None for all of sys.path; prefix is
    put in front of each name.
    """
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = (get_importer(entry) for entry in path)
    names = set()
    for finder in finders:
        for name, package in iter_importer_modules(finder, prefix):
            if name not in names:
                names.add(name)
                yield ModuleInfo(finder, name, package)


def walk_packages(path=None, prefix='', onerror=None):
    """Yield ModuleInfo for all modules on path, descending into packages.

    Packages are imported to learn their __path__.  If importing one fails,
    onerror(name) is called when given; without onerror an ImportError is
    ignored and any other exception propagates.
    """
    visited = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
            continue
        inner = getattr(sys.modules[info.name], '__path__', None) or []
        fresh = []
        for entry in inner:
            if entry not in visited:
                visited.add(entry)
                fresh.append(entry)
        yield from walk_packages(fresh, info.name + '.', onerror)


# ---------------------------------------------------------------------------
# Deprecated loader look-ups

def _warn_removed(function):
    warnings.warn(
        "'pkgutil.%s' is deprecated and slated for removal in Python 3.14; "
        "use importlib.util.find_spec() instead" % function,
        DeprecationWarning, stacklevel=3)


def get_loader(module_or_name):
    """Deprecated: the loader of a module object or of a module name."""
    _warn_removed('get_loader')
    target = module_or_name
    if target in sys.modules:
        target = sys.modules[target]
        if target is None:
            return None
    if isinstance(target, ModuleType):
        loader = getattr(target, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(target, '__spec__', None) is None:
            return None
        target = target.__name__
    return find_loader(target)


def find_loader(fullname):
    """Deprecated: the loader importlib.util.find_spec() finds, or None."""
    _warn_removed('find_loader')
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        text = "Error while finding loader for {!r} ({}: {})".format(
            fullname, type(exc), exc)
        raise ImportError(text) from exc
    return None if spec is None else spec.loader


# ---------------------------------------------------------------------------
# Package paths and resources

def _portions_from(finder, leaf):
    """Directories a finder offers for a package portion named leaf."""
    if hasattr(finder, 'find_spec'):
        spec = finder.find_spec(leaf)
        if spec is None:
            return []
        return spec.submodule_search_locations or []
    if hasattr(finder, 'find_loader'):
        return finder.find_loader(leaf)[1]
    return []


def _lines_of_pkg_file(filename):
    try:
        handle = open(filename)
    except OSError as problem:
        sys.stderr.write("Can't open %s: %s\n" % (filename, problem))
        return []
    with handle:
        kept = []
        for line in handle:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                kept.append(line)
        return kept


def extend_path(path, name):
    """Grow a package's __path__ with every directory holding a portion of it.

    Meant for a package's __init__.py:
        __path__ = extend_path(__path__, __name__)
    Every directory of the parent's search path (sys.path for a top-level
    package) that contains a subdirectory or portion for the package is
    added, and so are the lines of any <name>.pkg file found there (blank
    lines and lines starting with '#' excepted).
    """
    if not isinstance(path, list):
        return path
    result = list(path)
    parent, _, leaf = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return result
    else:
        search = sys.path
    listing_file = name + '.pkg'
    for entry in search:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            for portion in _portions_from(finder, leaf):
                if portion not in result:
                    result.append(portion)
        candidate = os.path.join(entry, listing_file)
        if os.path.isfile(candidate):
            result.extend(_lines_of_pkg_file(candidate))
    return result


def get_data(package, resource):
    """Read a resource file that lives inside a package; bytes or None.

    resource is a '/'-separated path relative to the package directory.
    None is returned when the package cannot be found or its loader cannot
    read data.
    """
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package)
    if module is None:
        module = importlib.import_module(package)
    location = getattr(module, '__file__', None)
    if module is None or location is None:
        return None
    pieces = [os.path.dirname(location)] + resource.split('/')
    return loader.get_data(os.path.join(*pieces))


# A dotted name: identifiers (not starting with a digit) joined by dots.
_DOTTED = r'[^\W\d]\w*(?:\.[^\W\d]\w*)*'
_RESOLVABLE = re.compile(r'(?P<module>%s)(?P<colon>:(?P<attrs>%s)?)?\Z'
                         % (_DOTTED, _DOTTED), re.UNICODE)


def resolve_name(name):
    """Turn 'pkg.mod:obj.attr' or 'pkg.mod.obj.attr' into the object it names.

    With a colon, the part before it is imported and the part after it is
    looked up as attributes.  Without one, the longest importable prefix is
    imported and the rest is looked up as attributes.
    """
    found = _RESOLVABLE.match(name)
    if found is None:
        raise ValueError(f'invalid format: {name!r}')
    module_part = found.group('module')
    if found.group('colon'):
        target = importlib.import_module(module_part)
        attrs = found.group('attrs')
        trail = attrs.split('.') if attrs else []
    else:
        pieces = module_part.split('.')
        imported = pieces[0]
        target = importlib.import_module(imported)
        taken = 1
        while taken < len(pieces):
            candidate = imported + '.' + pieces[taken]
            try:
                target = importlib.import_module(candidate)
            except ImportError:
                break
            imported = candidate
            taken += 1
        trail = pieces[taken:]
    for attribute in trail:
        target = getattr(target, attribute)
    return target
