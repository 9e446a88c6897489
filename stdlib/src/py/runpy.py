"""Running modules and scripts as __main__ or in a fresh namespace (runpy), for pyrs."""

import sys
import os
import _imp
import importlib
import importlib.util

__all__ = ['run_module', 'run_path']


def _run_code(path, run_globals, init_globals, mod_name, mod_spec, pkg_name):
    if init_globals is not None:
        run_globals.update(init_globals)
    loader = mod_spec.loader if mod_spec is not None else None
    run_globals.update(__name__=mod_name, __file__=path, __cached__=None, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    _imp.exec_file(path, run_globals)
    return run_globals


def _get_spec(mod_name):
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        __import__(pkg_name)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        raise ImportError(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise ImportError(f'No module named {mod_name}')
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        return _get_spec(mod_name + '.__main__')
    if not spec.has_location:
        raise ImportError(f'No code object available for {mod_name}')
    return mod_name, spec


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; return the resulting globals."""
    mod_name, spec = _get_spec(mod_name)
    if run_name is None:
        run_name = mod_name
    pkg_name = spec.parent
    if alter_sys:
        saved_argv0 = sys.argv[0] if sys.argv else None
        saved_module = sys.modules.get(run_name)
        module = importlib.util.module_from_spec(spec)
        sys.modules[run_name] = module
        if sys.argv:
            sys.argv[0] = spec.origin
        try:
            _run_code(spec.origin, module.__dict__, init_globals, run_name, spec, pkg_name)
            return dict(module.__dict__)
        finally:
            if sys.argv and saved_argv0 is not None:
                sys.argv[0] = saved_argv0
            if saved_module is not None:
                sys.modules[run_name] = saved_module
            else:
                sys.modules.pop(run_name, None)
    return _run_code(spec.origin, {}, init_globals, run_name, spec, pkg_name)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at a file system path; return the resulting globals. A directory
    runs its __main__.py with the directory first on sys.path."""
    if run_name is None:
        run_name = '<run_path>'
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, '__main__.py')
        if not os.path.exists(main):
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        sys.path.insert(0, path_name)
        try:
            spec = importlib.util.spec_from_file_location('__main__', main)
            return _run_code(spec.origin, {}, init_globals, run_name, spec, '')
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    # As CPython: the code runs in a temporary module that stands in sys.modules under
    # run_name (so `sys.modules['__main__']` is it), with sys.argv[0] the path; the caller
    # gets a copy of its globals.
    module = type(sys)(run_name)
    run_globals = module.__dict__
    run_globals.update({'__file__': path_name, '__cached__': None, '__doc__': None,
                        '__loader__': None, '__package__': '', '__spec__': None})
    if init_globals is not None:
        run_globals.update(init_globals)
        run_globals.update(__name__=run_name, __file__=path_name)
    missing = object()
    saved_module = sys.modules.get(run_name, missing)
    saved_argv0 = sys.argv[0] if sys.argv else missing
    sys.modules[run_name] = module
    if sys.argv:
        sys.argv[0] = path_name
    try:
        # The file is opened by its absolute path, as CPython does (errors name it so).
        _imp.exec_file(os.path.abspath(path_name), run_globals)
        return run_globals.copy()
    finally:
        if saved_module is missing:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
        if saved_argv0 is not missing and sys.argv:
            sys.argv[0] = saved_argv0
