"""A slow but portable dbm implementation written in pure Python.

A database called NAME lives in up to three files:

* NAME.dat holds the values; each value starts on a 512 byte boundary.
* NAME.dir is the index, one text line per key: the repr of the key
  (decoded as Latin-1) followed by the repr of its (offset, length) pair.
* NAME.bak is the index as it was before the last rewrite.

The index is loaded into memory on open and written back by sync() and
close(); new keys are also appended to NAME.dir straight away.
"""

import io as _io
import os as _os
import collections.abc

__all__ = ['error', 'open']

_BLOCKSIZE = 512

error = OSError

_CLOSED = 'DBM object has already been closed'


def _as_bytes(obj, what):
    """Coerce a key or value to bytes (str is stored as UTF-8)."""
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError('%s must be bytes or strings' % what)


def _blocks(size):
    """Number of whole blocks needed to hold *size* bytes."""
    return -(-size // _BLOCKSIZE)


# --- reading index lines ---------------------------------------------------

_SIMPLE_ESCAPES = {
    '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
    'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': '',
}
_HEX_WIDTH = {'x': 2, 'u': 4, 'U': 8}


def _malformed(line):
    return ValueError('malformed index line: %r' % (line,))


def _read_quoted(line, start):
    """Decode the Python string literal at line[start]; return it together
    with the index just past the closing quote."""
    quote = line[start]
    pieces = []
    i = start + 1
    while True:
        if i >= len(line):
            raise _malformed(line)
        ch = line[i]
        if ch == quote:
            return ''.join(pieces), i + 1
        if ch != '\\':
            pieces.append(ch)
            i += 1
            continue
        code = line[i + 1:i + 2]
        if code in _SIMPLE_ESCAPES:
            pieces.append(_SIMPLE_ESCAPES[code])
            i += 2
        elif code in _HEX_WIDTH:
            digits = line[i + 2:i + 2 + _HEX_WIDTH[code]]
            if len(digits) != _HEX_WIDTH[code]:
                raise _malformed(line)
            pieces.append(chr(int(digits, 16)))
            i += 2 + len(digits)
        elif code and code in '01234567':
            j = i + 1
            while j < i + 4 and j < len(line) and line[j] in '01234567':
                j += 1
            pieces.append(chr(int(line[i + 1:j], 8)))
            i = j
        else:
            # unknown escapes keep their backslash, as in Python source
            pieces.append('\\')
            i += 1


def _parse_index_line(line):
    """Split "'key', (offset, length)" into (key, (offset, length))."""
    text = line.strip()
    if not text or text[0] not in '\'"':
        raise _malformed(line)
    key, pos = _read_quoted(text, 0)
    rest = text[pos:].replace(' ', '').replace('\t', '')
    if not (rest.startswith(',(') and rest.endswith(')')):
        raise _malformed(line)
    numbers = rest[2:-1].rstrip(',').split(',')
    if len(numbers) != 2:
        raise _malformed(line)
    try:
        offset, length = (int(number) for number in numbers)
    except ValueError:
        raise _malformed(line) from None
    return key, (offset, length)


def _index_line(key, location):
    return '%r, %r\n' % (key.decode('Latin-1'), location)


# --- the database object ---------------------------------------------------

class _Database(collections.abc.MutableMapping):

    # module references kept on the class so that close() still works
    # from __del__ while the interpreter is shutting down
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        self._index = None
        self._mode = mode
        self._readonly = flag == 'r'
        stem = _os.fsencode(filebasename)
        self._dirfile = stem + b'.dir'
        self._datfile = stem + b'.dat'
        self._bakfile = stem + b'.bak'
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        """Make sure the data file exists (starting afresh for 'n')."""
        if flag == 'n':
            for stale in (self._datfile, self._bakfile, self._dirfile):
                try:
                    self._os.remove(stale)
                except OSError:
                    pass
        try:
            self._io.open(self._datfile, 'r', encoding='Latin-1').close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with self._io.open(self._datfile, 'w', encoding='Latin-1'):
                self._chmod(self._datfile)

    def _update(self, flag):
        """Load the index from the .dir file."""
        self._modified = False
        self._index = {}
        try:
            listing = self._io.open(self._dirfile, 'r', encoding='Latin-1')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            # nothing on disk yet: the index must be written out later
            self._modified = True
            return
        with listing:
            for line in listing:
                if not line.strip():
                    continue
                key, location = _parse_index_line(line)
                self._index[key.encode('Latin-1')] = location

    def _commit(self):
        """Rewrite the .dir file from memory, keeping the old one as .bak."""
        if self._index is None or not self._modified:
            return
        try:
            self._os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            self._os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with self._io.open(self._dirfile, 'w', encoding='Latin-1') as out:
            self._chmod(self._dirfile)
            out.write(''.join(_index_line(key, location)
                              for key, location in self._index.items()))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error(_CLOSED)

    def _chmod(self, path):
        chmod = getattr(self._os, 'chmod', None)
        if chmod is not None:
            chmod(path, self._mode)

    # -- data file helpers

    def _addval(self, val):
        """Append *val* at the next block boundary of the data file."""
        with self._io.open(self._datfile, 'rb+') as data:
            end = data.seek(0, 2)
            start = _blocks(end) * _BLOCKSIZE
            data.write(bytes(start - end))
            data.write(val)
        return (start, len(val))

    def _setval(self, pos, val):
        """Overwrite the value stored at *pos* in place."""
        with self._io.open(self._datfile, 'rb+') as data:
            data.seek(pos)
            data.write(val)
        return (pos, len(val))

    def _addkey(self, key, location):
        """Record a brand-new key, appending it to the .dir file too."""
        self._index[key] = location
        with self._io.open(self._dirfile, 'a', encoding='Latin-1') as out:
            self._chmod(self._dirfile)
            out.write(_index_line(key, location))

    # -- mapping protocol

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        offset, length = self._index[key]
        with self._io.open(self._datfile, 'rb') as data:
            data.seek(offset)
            return data.read(length)

    def __setitem__(self, key, val):
        if self._readonly:
            raise error('The database is opened for reading only')
        key = _as_bytes(key, 'keys')
        val = _as_bytes(val, 'values')
        self._verify_open()
        self._modified = True
        old = self._index.get(key)
        if old is None:
            self._addkey(key, self._addval(val))
        elif _blocks(len(val)) <= _blocks(old[1]):
            # still fits in the blocks already reserved for this key
            self._index[key] = self._setval(old[0], val)
        else:
            # grows past its blocks: the old space is simply abandoned
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        # the data file is left as it is; only the index shrinks
        self._commit()

    def keys(self):
        if self._index is None:
            raise error(_CLOSED)
        return list(self._index)

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        if self._index is None:
            raise error(_CLOSED)
        if isinstance(key, str):
            key = key.encode('utf-8')
        return key in self._index

    def __iter__(self):
        if self._index is None:
            raise error(_CLOSED)
        return iter(self._index)

    iterkeys = __iter__

    def __len__(self):
        if self._index is None:
            raise error(_CLOSED)
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open the dumb database *file* and return a mapping object.

    flag is 'r' (read only), 'w' (read/write), 'c' (create if missing,
    the default) or 'n' (always start empty).  mode sets the permission
    bits of newly created files, masked by the process umask.
    """
    umask = getattr(_os, 'umask', None)
    if umask is not None:
        current = umask(0)
        umask(current)
        mode &= ~current
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
