"""Helpers for packages and the modules they contain (listing, walking,
package data, loading by dotted name), for pyrs."""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import re
import sys
import warnings
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data', 'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'What iter_modules reports: the finder, the name, whether a package.'


def read_code(stream):
    """The code object of a compiled-module stream, or None when its header
    is not this interpreter's."""
    import marshal
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # flags, then mtime+size or a hash: not checked here
    return marshal.load(stream)


# ----- finders for path entries -----

def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache),
    or None when nothing handles it."""
    item = os.fsdecode(path_item)
    cache = sys.path_importer_cache
    if item in cache:
        return cache[item]
    finder = None
    for hook in sys.path_hooks:
        try:
            finder = hook(item)
        except ImportError:
            continue
        break
    else:
        # pyrs installs no path hooks: directories get a plain FileFinder.
        if os.path.isdir(item or '.'):
            finder = importlib.machinery.FileFinder(os.path.abspath(item or '.'))
    if finder is not None:
        cache[item] = finder
    return finder


def iter_importers(fullname=''):
    """The finders that could locate `fullname`: sys.meta_path, then the
    finders of the path entries of its parent package (or sys.path)."""
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    parent = fullname.rpartition('.')[0]
    if parent:
        holder = importlib.import_module(parent)
        entries = getattr(holder, '__path__', None)
        if entries is None:
            return
    else:
        yield from sys.meta_path
        entries = sys.path
    for entry in entries:
        yield get_importer(entry)


# ----- listing modules -----

_CODE_SUFFIXES = None


def _suffixes():
    global _CODE_SUFFIXES
    if _CODE_SUFFIXES is None:
        found = importlib.machinery.all_suffixes()
        # Longest first, so 'x.cpython-312.so' loses the whole tag.
        _CODE_SUFFIXES = sorted(set(found), key=len, reverse=True)
    return _CODE_SUFFIXES


def _strip_suffix(filename):
    for suffix in _suffixes():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


def _is_package_dir(folder):
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(_strip_suffix(n) == '__init__' for n in names)


def _directory_modules(folder):
    """(name, ispkg) for each importable module directly in a directory, in
    file-name order, each name once."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    reported = set()
    for filename in names:
        stem = _strip_suffix(filename)
        if stem is not None:
            candidate, package = stem, False
        elif '.' not in filename and _is_package_dir(os.path.join(folder, filename)):
            candidate, package = filename, True
        else:
            continue
        if candidate == '__init__' or '.' in candidate or candidate in reported:
            continue
        reported.add(candidate)
        yield candidate, package


def _finder_modules(finder, prefix):
    """(prefixed name, ispkg) pairs a finder can list; [] for finders that
    cannot list."""
    lister = getattr(finder, 'iter_modules', None)
    if lister is not None:
        return lister(prefix)
    if isinstance(finder, importlib.machinery.FileFinder):
        return ((prefix + n, p) for n, p in _directory_modules(finder.path))
    return ()


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on `path` (a list of
    directories; sys.path when None), the first of each name only."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        finders = map(get_importer, path)
    taken = set()
    for finder in finders:
        for name, ispkg in _finder_modules(finder, prefix):
            if name not in taken:
                taken.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Like iter_modules, but also descend into packages, importing each one
    to learn its __path__.  Import failures go to onerror(name) when given;
    otherwise ImportError is skipped and anything else propagates."""
    visited = set()
    pending = [iter_modules(path, prefix)]
    while pending:
        info = next(pending[-1], None)
        if info is None:
            pending.pop()
            continue
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
        fresh = [p for p in inner if p not in visited]
        visited.update(fresh)
        pending.append(iter_modules(fresh, info.name + '.'))


# ----- loaders (deprecated helpers) -----

def _deprecated(name):
    # stacklevel 3: the caller of the public function that is deprecated.
    warnings.warn(f'{name!r} is deprecated and slated for removal in Python 3.14; '
                  'use importlib.util.find_spec() instead', DeprecationWarning, stacklevel=3)


def find_loader(fullname):
    """The loader for a module name, or None (deprecated)."""
    _deprecated('pkgutil.find_loader')
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        raise ImportError(f'Error while finding loader for {fullname!r} '
                          f'({type(exc)}: {exc})') from exc
    return None if spec is None else spec.loader


def get_loader(module_or_name):
    """The loader of a module or of a module name, or None (deprecated)."""
    _deprecated('pkgutil.get_loader')
    module = module_or_name
    if not isinstance(module, ModuleType):
        module = sys.modules.get(module_or_name)
        if module is None:
            return find_loader(module_or_name)
    loader = getattr(module, '__loader__', None)
    if loader is not None:
        return loader
    spec = getattr(module, '__spec__', None)
    if spec is None:
        return None
    return find_loader(module.__name__)


# ----- package data -----

def get_data(package, resource):
    """The bytes of a file stored inside a package ('/'-separated resource
    name), or None when the package's loader cannot read data."""
    spec = importlib.util.find_spec(package)
    if spec is None or not hasattr(spec.loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    where = getattr(module, '__file__', None)
    if where is None:
        return None
    target = os.path.join(os.path.dirname(where), *resource.split('/'))
    return spec.loader.get_data(target)


def extend_path(path, name):
    """Widen a package's __path__ with the same-named directories of every
    other sys.path entry (and the entries listed in '<name>.pkg' files)."""
    if not isinstance(path, list):
        return path
    parent, _, leaf = name.rpartition('.')
    if parent:
        holder = sys.modules.get(parent)
        roots = getattr(holder, '__path__', None)
        if roots is None:
            return path
    else:
        roots = sys.path
    widened = list(path)
    for root in roots:
        if not isinstance(root, str) or not os.path.isdir(root):
            continue
        candidate = os.path.join(os.path.abspath(root), leaf)
        if os.path.isdir(candidate) and candidate not in widened:
            widened.append(candidate)
        listing = os.path.join(root, leaf + '.pkg')
        try:
            with open(listing) as handle:
                lines = handle.readlines()
        except OSError:
            continue
        for line in lines:
            entry = line.rstrip('\n')
            if entry and not entry.startswith('#'):
                widened.append(entry)
    return widened


# ----- objects by dotted name -----

_DOTTED = re.compile(r'(?!\d)\w+(?:\.(?!\d)\w+)*')


def resolve_name(name):
    """The object named 'pkg.mod:attr.attr' or 'pkg.mod.attr', importing
    modules as needed."""
    head, colon, tail = name.partition(':')
    well_formed = _DOTTED.fullmatch(head) and (
        not colon or not tail or _DOTTED.fullmatch(tail))
    if not well_formed:
        raise ValueError(f'invalid format: {name!r}')
    parts = head.split('.')
    if colon:
        target = importlib.import_module(head)
        attributes = tail.split('.') if tail else []
    else:
        # Import the longest prefix that is a module; the rest are attributes.
        target = importlib.import_module(parts[0])
        taken = 1
        while taken < len(parts):
            try:
                target = importlib.import_module('.'.join(parts[:taken + 1]))
            except ImportError:
                break
            taken += 1
        attributes = parts[taken:]
    for attribute in attributes:
        target = getattr(target, attribute)
    return target
