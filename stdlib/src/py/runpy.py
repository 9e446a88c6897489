"""Run a module or a script file as a fresh namespace and return it (the
library side of `python -m` and of running a directory or file), for pyrs."""

import importlib.machinery
import importlib.util
import os
import sys
import types

__all__ = ['run_module', 'run_path']


class _SwapSys:
    """Context manager lending sys.modules[name] to a scratch module (whose
    namespace the code runs in) and sys.argv[0] to a script path; both are
    put back on exit."""

    _absent = object()

    def __init__(self, name, argv0):
        self.name = name
        self.argv0 = argv0
        self.scratch = types.ModuleType(name)

    def __enter__(self):
        self.saved_module = sys.modules.get(self.name, self._absent)
        self.saved_argv0 = sys.argv[0] if sys.argv else self._absent
        sys.modules[self.name] = self.scratch
        if sys.argv:
            sys.argv[0] = self.argv0
        else:
            sys.argv.append(self.argv0)
        return vars(self.scratch)

    def __exit__(self, *exc):
        if self.saved_module is self._absent:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self.saved_module
        if self.saved_argv0 is self._absent:
            sys.argv.clear()
        else:
            sys.argv[0] = self.saved_argv0
        return False


# ----- running code in a namespace -----

def _source_code(filename, shown_as):
    """Compile a source file (read through its absolute path)."""
    with open(os.path.abspath(os.fsdecode(filename)), 'rb') as handle:
        source = handle.read()
    return compile(source, shown_as, 'exec', dont_inherit=True)


def _runner_for(spec, shown_name):
    """A callable that executes the module described by `spec` in a given
    namespace dict; ImportError when it has no code."""
    loader = spec.loader
    machinery = importlib.machinery
    # pyrs's own loaders have no get_code: handle each kind here.  Any other
    # loader without one fails below with the AttributeError.
    native = not hasattr(loader, 'get_code')
    if native and loader is machinery.FrozenImporter:
        return lambda namespace: _exec_frozen(spec, namespace)
    if native and loader is machinery.BuiltinImporter:
        compiled = None
    elif native and isinstance(loader, machinery.SourceFileLoader):
        compiled = _source_code(spec.origin, spec.origin)
    else:
        compiled = loader.get_code(spec.name)
    if compiled is None:
        raise ImportError(f'No code object available for {shown_name}')
    return lambda namespace: exec(compiled, namespace)


def _exec_frozen(spec, namespace):
    # pyrs's frozen importer runs a module's code in the namespace of a module
    # object created under the spec's name: lend it one sharing our values.
    holder = types.ModuleType(spec.name)
    scratch = vars(holder)
    scratch.update(namespace)
    spec.loader.exec_module(holder)
    namespace.update(scratch)


def _fill(namespace, init_globals, run_name, spec, filename, package):
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(
        __name__=run_name,
        __file__=filename,
        __cached__=None if spec is None else spec.cached,
        __doc__=None,
        __loader__=None if spec is None else spec.loader,
        __package__=package,
        __spec__=spec,
    )
    return namespace


# ----- finding what to run -----

def _wrapped_lookup(mod_name):
    """importlib.util.find_spec, with lookup failures reported as runpy's
    ImportError (plus a hint when the name looks like a file name)."""
    try:
        return importlib.util.find_spec(mod_name) if mod_name else None
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        text = (f'Error while finding module specification for {mod_name!r} '
                f'({type(exc).__name__}: {exc})')
        if mod_name[-3:] == '.py':
            text += (f". Try using '{mod_name[:-3]}' instead of "
                     f"'{mod_name}' as the module name.")
        raise ImportError(text) from exc


def _import_parent(mod_name):
    """Import the enclosing package first (as importing would), and warn when
    that already imported the module itself."""
    parent = mod_name.rpartition('.')[0]
    if not parent:
        return
    try:
        __import__(parent)
    except ImportError as exc:
        # A missing parent is reported by the spec lookup; other failures
        # (an import inside the parent) propagate.
        missing = exc.name
        if missing is None or not (parent == missing or parent.startswith(missing + '.')):
            raise
    already = sys.modules.get(mod_name)
    if already is not None and not hasattr(already, '__path__'):
        import warnings
        warnings.warn(f'{mod_name!r} found in sys.modules after import of package '
                      f'{parent!r}, but prior to execution of {mod_name!r}; '
                      'this may result in unpredictable behaviour', RuntimeWarning)


def _module_target(mod_name):
    """(name actually run, its spec, its runner): packages run their
    __main__ submodule."""
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    _import_parent(mod_name)
    spec = _wrapped_lookup(mod_name)
    if spec is None:
        raise ImportError(f'No module named {mod_name}')
    if spec.submodule_search_locations is None:
        if spec.loader is None:
            raise ImportError(f'{mod_name!r} is a namespace package and cannot be executed')
        return mod_name, spec, _runner_for(spec, mod_name)
    if mod_name == '__main__' or mod_name.endswith('.__main__'):
        raise ImportError('Cannot use package as __main__ module')
    try:
        return _module_target(mod_name + '.__main__')
    except ImportError as inner:
        # The package note is added only once the package itself imported;
        # the original error stays attached as the context.
        if mod_name not in sys.modules:
            raise
        raise ImportError(f'{inner}; {mod_name!r} is a package and cannot be '
                          'directly executed')


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module found through the import system (without importing it)
    and return its resulting globals.  A package runs its __main__ module.
    With alter_sys, sys.argv[0] and sys.modules[run_name] reflect the module
    while it runs."""
    target, spec, runner = _module_target(mod_name)
    if run_name is None:
        run_name = target
    if not alter_sys:
        namespace = _fill({}, init_globals, run_name, spec, spec.origin, spec.parent)
        runner(namespace)
        return namespace
    with _SwapSys(run_name, spec.origin) as namespace:
        _fill(namespace, init_globals, run_name, spec, spec.origin, spec.parent)
        runner(namespace)
        return dict(namespace)


def _entry_is_importable(path_name):
    """Whether a path names a sys.path entry (a directory) rather than a
    script file."""
    import pkgutil
    return pkgutil.get_importer(path_name) is not None


def run_path(path_name, init_globals=None, run_name=None):
    """Run a script file, or a directory holding __main__.py, and return the
    resulting globals (run_name defaults to '<run_path>')."""
    if run_name is None:
        run_name = '<run_path>'
    package = run_name.rpartition('.')[0]
    if not _entry_is_importable(path_name):
        code = _source_code(path_name, path_name)
        with _SwapSys(run_name, path_name) as namespace:
            _fill(namespace, init_globals, run_name, None, path_name, package)
            exec(code, namespace)
            return dict(namespace)
    sys.path.insert(0, path_name)
    try:
        spec = importlib.machinery.PathFinder.find_spec('__main__', [path_name])
        try:
            if spec is None:
                raise ImportError('No module named __main__')
            elif spec.submodule_search_locations is not None:
                raise ImportError('Cannot use package as __main__ module')
        except ImportError as why:
            raise ImportError(f"can't find '__main__' module in {path_name!r}") from why
        runner = _runner_for(spec, '__main__')
        with _SwapSys(run_name, path_name) as namespace:
            _fill(namespace, init_globals, run_name, spec, spec.origin, spec.parent)
            runner(namespace)
            return dict(namespace)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
