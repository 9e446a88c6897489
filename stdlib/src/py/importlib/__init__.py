"""The importlib package: the import system as Python functions, written for pyrs."""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod') needs `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _imp._gcd_import(name[level:], package, level)


def reload(module):
    """Execute a module's code again, in the same module object."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    return _imp.reload(module)


def invalidate_caches():
    """Nothing is cached between imports in pyrs: the search path is read every time."""


__import__ = __import__
