"""_pickle: the accelerated pickler that `pickle` uses, as CPython's C module is.

Pickler and the dump/dumps/load/loads functions write and read the common cases (protocols
4 and 5: None, bools, ints, floats, str, bytes, tuples, lists, dicts, sets, frozensets,
classes and functions by name, and objects reduced to a class or function call, a
__newobj__ call and a state) in Rust (`_pickle_native`), with the same bytes and results
as pickle's Python classes; anything else is done by those classes. Unpickler is pickle's
Python unpickler.
"""

import io
import types

import pickle as _py
from _pickle_native import dumps as _native_dumps, loads as _native_loads

from pickle import PickleError, PicklingError, UnpicklingError, Unpickler   # noqa: F401

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads']

_DEFAULTS = (True, None)  # fix_imports, buffer_callback


def _table():
    return _py.copyreg.dispatch_table


class Pickler(_py.Pickler):
    __doc__ = _py.Pickler.__doc__

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        data = self._native(obj)
        if data is None:
            super().dump(obj)
        else:
            self._sink(data)

    def _native(self, obj):
        """The pickle of obj written natively, or None when the Python pickler must do it:
        only with nothing remembered from earlier dumps and no hook of any kind."""
        if (type(self) is not Pickler or self.proto < 4 or self.fast or self._memo
                or self._names or self._buffer_callback is not None
                or not hasattr(self, '_sink')
                or 'persistent_id' in self.__dict__ or 'dispatch_table' in self.__dict__
                or 'reducer_override' in self.__dict__):
            return None
        found = _native_dumps(obj, self.proto, _py._call_reduce, _py._native_global,
                              _table(), True)
        if found is None:
            return None
        data, memo, names = found
        self._memo = {id(kept): (index, kept) for index, kept in enumerate(memo)}
        for key, name in names:
            self._names.setdefault(key, name)
        return data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    if buffer_callback is None and (protocol is None or type(protocol) is int):
        # (what Pickler.__init__ makes of the protocol, for the ones written natively)
        proto = 4 if protocol is None else 5 if -1 >= protocol >= -(1 << 62) else protocol
        if 4 <= proto <= 5:
            found = _native_dumps(obj, proto, _py._call_reduce, _py._native_global,
                                  _table(), False)
            if found is not None:
                return found
    sink = io.BytesIO()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


# The unpickler steps the native one calls back: a protocol 4 find_class (so without the
# Python 2 name mapping, which only applies below protocol 3), pickle's fill and build steps.
_FIND_CLASS_SELF = types.SimpleNamespace(proto=4, fix_imports=False)
_HELPERS = (
    lambda module, name: Unpickler.find_class(_FIND_CLASS_SELF, module, name),
    _py._add_to, _py._set_items, _py._add_items, _py._build, _py._new_object, frozenset,
)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if type(data) is bytes and not buffers:
        found = _native_loads(data, _HELPERS)
        if found is not None:
            return found[0]
    return _py._loads(data, fix_imports=fix_imports, encoding=encoding, errors=errors,
                      buffers=buffers)
