"""Utilities for the import system (importlib.util), for pyrs."""

import sys
import _imp
from importlib.machinery import ModuleSpec, SourceFileLoader

MAGIC_NUMBER = b'\xcb\r\r\n'


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """The spec of a module, importing its parent packages; None when not found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    return _imp.find_spec(fullname)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    return _imp.spec_from_file_location(name, location, loader=loader,
                                        submodule_search_locations=submodule_search_locations)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None:
        is_package = hasattr(loader, 'is_package') and loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for a spec (not executed, not in sys.modules)."""
    return _imp.module_from_spec(spec)


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] if '.' in tail else tail
    cache = f'__pycache__/{base}.pyrs-312.pyc'
    return f'{head}/{cache}' if head else cache


def source_from_cache(path):
    head, _, tail = path.rpartition('/')
    head = head.rpartition('/')[0] if head.endswith('__pycache__') else head
    base = tail.split('.')[0]
    return f'{head}/{base}.py' if head else f'{base}.py'


def decode_source(source_bytes):
    return source_bytes.decode('utf-8')
