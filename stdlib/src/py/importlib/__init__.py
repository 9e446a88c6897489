"""The import machinery as a library: import_module, reload, invalidate_caches.

pyrs keeps the real work in its native `_imp` module; this package checks the
arguments, reporting problems with the standard messages, and then hands over."""

import sys
import _imp

_ModuleType = type(sys)

from . import machinery

__all__ = [
    '__import__',
    'import_module',
    'invalidate_caches',
    'reload',
]

__import__ = __builtins__['__import__'] if isinstance(__builtins__, dict) else __builtins__.__import__

# Names of modules whose reload is under way, mapped to the module object, so
# that a module reloading itself from its own body gets itself back.
_reload_active = {}


def import_module(name, package=None):
    """Import a module by name and return it.

    A name starting with dots is relative to `package`, which must then be
    given (for example import_module('..sub', 'pkg.inner'))."""
    dots = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        dots = len(name) - len(name.lstrip('.'))
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
    return _imp._gcd_import(name[dots:], package, dots)


def reload(module):
    """Execute a module's code again in the same module object; return the
    module now registered in sys.modules under its name."""
    if not isinstance(module, _ModuleType):
        raise TypeError('reload() argument must be a module')
    described = getattr(module, '__spec__', None)
    key = module.__name__ if described is None else described.name
    if sys.modules.get(key) is not module:
        raise ImportError(f'module {key} not in sys.modules', name=key)
    if key in _reload_active:
        return _reload_active[key]
    container = key.rpartition('.')[0]
    if container and container not in sys.modules:
        raise ImportError(f'parent {container!r} not in sys.modules', name=container)
    _reload_active[key] = module
    try:
        _imp.reload(module)
        return sys.modules[key]
    finally:
        del _reload_active[key]


def invalidate_caches():
    """Ask each finder on sys.meta_path to drop what it has cached."""
    hooks = [getattr(f, 'invalidate_caches', None) for f in sys.meta_path]
    for hook in filter(None, hooks):
        hook()
