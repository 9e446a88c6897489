"""Persistent dictionaries of arbitrary picklable objects.

A shelf maps str keys to Python objects.  Keys are encoded (UTF-8 by
default) and values pickled before they reach the underlying store, which
is usually a dbm database:

    import shelve
    with shelve.open('notes') as sh:
        sh['todo'] = ['write', 'test']

Objects read from a shelf are copies: mutating them changes nothing on disk
unless the shelf was opened with writeback=True, in which case every object
fetched or stored is remembered and written back by sync() and close().
"""

import collections.abc
import pickle

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']


def _freeze(value, protocol):
    return pickle.dumps(value, protocol)


def _thaw(blob):
    return pickle.loads(blob)


def _refuse(*args):
    raise ValueError('invalid operation on closed shelf')


class _ClosedDict:
    """Stand-in for the store of a closed shelf; every operation fails."""

    __slots__ = ()

    __getitem__ = __setitem__ = __delitem__ = _refuse
    __contains__ = __iter__ = __len__ = __eq__ = _refuse
    keys = values = items = get = pop = setdefault = update = _refuse

    def __repr__(self):
        return '<Closed Dictionary>'


_SHUT = _ClosedDict()


class _WriteBackCache(dict):
    """Objects handed out by a writeback shelf, keyed by their str key."""

    def keep(self, key, value):
        self[key] = value

    def flush(self, store_one):
        """Pass every entry to store_one(key, value), then forget them all."""
        for key, value in list(self.items()):
            store_one(key, value)
        self.clear()


class Shelf(collections.abc.MutableMapping):
    """A persistent mapping layered on any dict-like store of bytes.

    Keys must be str; values may be any picklable object.
    """

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding='utf-8'):
        self.dict = dict
        self._protocol = pickle.DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.keyencoding = keyencoding
        self.cache = _WriteBackCache()

    def _raw_key(self, key):
        return key.encode(self.keyencoding)

    def _put(self, key, value):
        blob = _freeze(value, self._protocol)
        self.dict[self._raw_key(key)] = blob

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        encoding = self.keyencoding
        for raw in self.dict.keys():
            yield raw.decode(encoding)

    def __contains__(self, key):
        return self._raw_key(key) in self.dict

    def get(self, key, default=None):
        if self._raw_key(key) not in self.dict:
            return default
        return self[key]

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _thaw(self.dict[self._raw_key(key)])
        if self.writeback:
            self.cache.keep(key, value)
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache.keep(key, value)
        self._put(key, value)

    def __delitem__(self, key):
        del self.dict[self._raw_key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def sync(self):
        """Write cached objects back (writeback mode) and sync the store."""
        if self.writeback and self.cache:
            try:
                self.cache.flush(self._put)
            except BaseException:
                # Matches CPython: a failed flush leaves write-back disabled.
                self.writeback = False
                raise
        store_sync = getattr(self.dict, 'sync', None)
        if store_sync is not None:
            store_sync()

    def close(self):
        """Flush, close the underlying store and make the shelf unusable."""
        store = self.dict
        if store is _SHUT:
            return
        try:
            self.sync()
            store_close = getattr(store, 'close', None)
            if store_close is not None:
                store_close()
        finally:
            self.dict = _SHUT

    def __del__(self):
        # A constructor that failed early leaves no store to close.
        if 'dict' in self.__dict__:
            self.close()


class BsdDbShelf(Shelf):
    """Shelf over a store that also has cursor methods (first, next, ...)."""

    def _decoded(self, pair):
        raw, blob = pair
        return raw.decode(self.keyencoding), _thaw(blob)

    def set_location(self, key):
        return self._decoded(self.dict.set_location(key))

    def first(self):
        return self._decoded(self.dict.first())

    def last(self):
        return self._decoded(self.dict.last())

    def next(self):
        return self._decoded(next(self.dict))

    def previous(self):
        return self._decoded(self.dict.previous())


class DbfilenameShelf(Shelf):
    """Shelf stored in a dbm database named by a file name."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        super().__init__(dbm.open(filename, flag), protocol=protocol,
                         writeback=writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary stored in the dbm database *filename*.

    flag is passed to dbm.open() ('c' by default: create when missing);
    protocol selects the pickle protocol; writeback=True caches every
    accessed entry and writes it back on sync() and close().
    """
    return DbfilenameShelf(filename, flag=flag, protocol=protocol,
                           writeback=writeback)
