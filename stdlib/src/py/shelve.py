"""Persistent dictionaries of pickled Python objects.

A shelf maps string keys to arbitrary picklable values.  Keys are
encoded to bytes and values pickled before being handed to the backing
mapping, which for ``shelve.open()`` is a database from the ``dbm``
package.  With ``writeback=True`` every value read or written is also
kept in memory and pickled again on ``sync()``/``close()``, so in-place
mutations are not lost (at the price of memory and a slower close).
"""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']


class _ClosedDict(collections.abc.MutableMapping):
    """Stands in for the backing mapping once a shelf has been closed."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __iter__ = __len__ = closed
    __getitem__ = __setitem__ = __delitem__ = closed
    keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


def _pickled(value, protocol):
    buffer = BytesIO()
    Pickler(buffer, protocol).dump(value)
    return buffer.getvalue()


def _unpickled(data):
    return Unpickler(BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A mapping whose values are stored pickled in another mapping
    (typically a dbm database) under encoded keys."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding='utf-8'):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _dbkey(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        encoding = self.keyencoding
        for raw in self.dict.keys():
            yield raw.decode(encoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._dbkey(key) in self.dict

    def get(self, key, default=None):
        if self._dbkey(key) not in self.dict:
            return default
        return self[key]

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _unpickled(self.dict[self._dbkey(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._dbkey(key)] = _pickled(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._dbkey(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        """Flush, close the backing mapping and make the shelf unusable."""
        if self.dict is None:
            return
        try:
            self.sync()
            closer = getattr(self.dict, 'close', None)
            if closer is not None:
                closer()
        finally:
            try:
                self.dict = _ClosedDict()
            except:
                # may fail during interpreter shutdown
                self.dict = None

    def __del__(self):
        # __init__ may not have got far enough to need cleaning up
        if hasattr(self, 'writeback'):
            self.close()

    def sync(self):
        """Write cached entries back (writeback mode) and sync the db."""
        if self.writeback and self.cache:
            pending = self.cache
            self.writeback = False
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
            self.cache = {}
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()


class BsdDbShelf(Shelf):
    """Shelf over a mapping that also offers the cursor methods of the old
    bsddb objects: first, last, next, previous and set_location."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding='utf-8'):
        Shelf.__init__(self, dict, protocol, writeback, keyencoding)

    def _decoded(self, pair):
        key, data = pair
        return (key.decode(self.keyencoding), _unpickled(data))

    def set_location(self, key):
        return self._decoded(self.dict.set_location(key))

    def next(self):
        return self._decoded(next(self.dict))

    def previous(self):
        return self._decoded(self.dict.previous())

    def first(self):
        return self._decoded(self.dict.first())

    def last(self):
        return self._decoded(self.dict.last())


class DbfilenameShelf(Shelf):
    """Shelf stored in the dbm database named by a file name."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the shelf stored in dbm database *filename*.

    flag is passed to dbm.open ('r', 'w', 'c' or 'n'); protocol selects
    the pickle protocol; writeback enables the in-memory cache.
    """
    return DbfilenameShelf(filename, flag, protocol, writeback)
