"""A simple, slow, portable dbm clone written in Python.

A database "foo" is stored in three files:
  foo.dat -- the values, each starting on a 512-byte block boundary;
  foo.dir -- the index, one line per key: repr(key), (offset, size);
  foo.bak -- the previous index, kept when the index is rewritten.
Keys and values are bytes; str is accepted and encoded as UTF-8.
"""

import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


_SIMPLE_ESCAPES = {
    '\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
    'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}


def _parse_str(s, i):
    """Parse a Python str literal starting at s[i]; return (value, end)."""
    q = s[i]
    if q not in "'\"":
        raise ValueError('malformed node or string: %r' % (s,))
    if s.startswith(q * 3, i):
        q = q * 3
    i += len(q)
    out = []
    n = len(s)
    while True:
        if i >= n:
            raise SyntaxError('unterminated string literal')
        if s.startswith(q, i):
            return ''.join(out), i + len(q)
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise SyntaxError('unterminated string literal')
        c = s[i]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 1
        elif c in '01234567':
            j = i
            while j < n and j < i + 3 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i:j], 8)))
            i = j
        elif c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = s[i + 1:i + 1 + width]
            if len(digits) != width or any(d not in '0123456789abcdefABCDEF'
                                           for d in digits):
                raise SyntaxError('truncated \\%sXX escape' % c)
            out.append(chr(int(digits, 16)))
            i += 1 + width
        else:
            out.append('\\' + c)
            i += 1


def _parse_int(s, i):
    n = len(s)
    j = i
    if j < n and s[j] in '+-':
        j += 1
    k = j
    while k < n and (s[k].isdigit() or s[k] == '_'):
        k += 1
    if k == j:
        raise ValueError('malformed node or string: %r' % (s,))
    return int(s[i:k]), k


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in ' \t':
        i += 1
    return i


def _expect(s, i, ch):
    i = _skip_ws(s, i)
    if not s.startswith(ch, i):
        raise ValueError('malformed node or string: %r' % (s,))
    return _skip_ws(s, i + 1)


def _parse_index_line(line):
    """Parse "'key', (pos, siz)" as written to the .dir file."""
    i = _skip_ws(line, 0)
    key, i = _parse_str(line, i)
    i = _expect(line, i, ',')
    i = _expect(line, i, '(')
    pos, i = _parse_int(line, i)
    i = _expect(line, i, ',')
    siz, i = _parse_int(line, i)
    i = _skip_ws(line, i)
    if line.startswith(',', i):
        i = _skip_ws(line, i + 1)
    i = _expect(line, i, ')')
    if i != len(line):
        raise ValueError('malformed node or string: %r' % (line,))
    return key, (pos, siz)


class _Database(collections.abc.MutableMapping):

    # The index (_index) maps each key to a (pos, siz) pair locating its
    # value in the data file.  The index is rewritten on sync()/close()
    # and appended to whenever a new key is added.

    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        filebasename = self._os.fsencode(filebasename)
        self._mode = mode
        self._readonly = (flag == 'r')

        self._dirfile = filebasename + b'.dir'
        self._datfile = filebasename + b'.dat'
        self._bakfile = filebasename + b'.bak'

        self._index = None
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == 'n':
            for filename in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(filename)
                except OSError:
                    pass
        # Make sure the data file exists (create it if allowed).
        try:
            f = _io.open(self._datfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding="Latin-1") as f:
                self._chmod(self._datfile)
        else:
            f.close()

    def _update(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
        else:
            with f:
                for line in f:
                    line = line.rstrip()
                    key, pos_and_siz_pair = _parse_index_line(line)
                    key = key.encode('Latin-1')
                    self._index[key] = pos_and_siz_pair

    def _commit(self):
        # Nothing to do when closed or unchanged.
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

        with self._io.open(self._dirfile, 'w', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, pos_and_siz_pair in self._index.items():
                entry = "%r, %r\n" % (key.decode('Latin-1'), pos_and_siz_pair)
                f.write(entry)

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        pos, siz = self._index[key]
        with _io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            dat = f.read(siz)
        return dat

    def _addval(self, val):
        # Append val at the next block boundary of the data file.
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(0, 2)
            pos = int(f.tell())
            npos = ((pos + _BLOCKSIZE - 1) // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b'\0' * (npos - pos))
            pos = npos
            f.write(val)
        return (pos, len(val))

    def _setval(self, pos, val):
        # Overwrite in place; the caller checked that it fits.
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _addkey(self, key, pos_and_siz_pair):
        self._index[key] = pos_and_siz_pair
        with _io.open(self._dirfile, 'a', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write("%r, %r\n" % (key.decode("Latin-1"), pos_and_siz_pair))

    def __setitem__(self, key, val):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._addkey(key, self._addval(val))
        else:
            pos, siz = self._index[key]
            oldblocks = (siz + _BLOCKSIZE - 1) // _BLOCKSIZE
            newblocks = (len(val) + _BLOCKSIZE - 1) // _BLOCKSIZE
            if newblocks <= oldblocks:
                self._index[key] = self._setval(pos, val)
            else:
                # Does not fit: append and leave the old space unused.
                self._index[key] = self._addval(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        # The data file space is not reclaimed.
        del self._index[key]
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error('DBM object has already been closed') from None
            else:
                raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None
    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        chmod = getattr(self._os, 'chmod', None)
        if chmod is None:
            return
        try:
            chmod(file, self._mode)
        except (OSError, NotImplementedError):
            # Some platforms (e.g. WASI) have no permission bits.
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open the dumb database *file* (without extension).

    flag: 'r' read-only, 'w' read-write, 'c' read-write and create if
    needed (default), 'n' always create a new empty database.
    mode: permission bits for created files, reduced by the umask.
    """
    try:
        um = _os.umask(0)
        _os.umask(um)
    except (AttributeError, OSError, NotImplementedError):
        pass
    else:
        mode = mode & (~um)
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
