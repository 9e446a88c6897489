"""A slow but portable key/value store kept in plain files.

NAME.dat holds the values, NAME.dir lists where each key's value lives and
NAME.bak keeps the previous listing.  Keys and values are bytes; str is
accepted and stored as UTF-8.
"""

import collections.abc
import os

_io_open = open  # the module defines its own open()

__all__ = ['error', 'open']

error = OSError

_BLOCKSIZE = 512

_MODES = ('r', 'w', 'c', 'n')


def _blocks_for(length):
    return -(-length // _BLOCKSIZE)


def _as_bytes(obj, what):
    """Normalise a key or value given to __setitem__."""
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError('%s must be bytes or strings' % what)


def _quietly(action, *paths):
    try:
        action(*paths)
    except OSError:
        pass


def _lookup_form(key):
    return key.encode('utf-8') if isinstance(key, str) else key


# --- the directory file format --------------------------------------------

def _format_entry(key, slot):
    text = '%r, %r\n' % (key.decode('latin-1'), slot)
    return text.encode('latin-1')


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'",
                   '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}


class _Scanner:
    """Tiny cursor over one directory line."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def fail(self):
        raise ValueError('malformed directory entry: %r' % self.text)

    def blanks(self):
        while self.at < len(self.text) and self.text[self.at] in ' \t\f\r\n':
            self.at += 1

    def expect(self, choices):
        self.blanks()
        if self.at >= len(self.text) or self.text[self.at] not in choices:
            self.fail()
        self.at += 1
        return self.text[self.at - 1]

    def quoted(self):
        fence = self.expect('\'"')
        out = []
        text = self.text
        while True:
            if self.at >= len(text):
                self.fail()
            ch = text[self.at]
            self.at += 1
            if ch == fence:
                return ''.join(out)
            if ch != '\\':
                out.append(ch)
                continue
            if self.at >= len(text):
                self.fail()
            esc = text[self.at]
            self.at += 1
            width = {'x': 2, 'u': 4, 'U': 8}.get(esc)
            if width:
                digits = text[self.at:self.at + width]
                if len(digits) != width:
                    self.fail()
                out.append(chr(int(digits, 16)))
                self.at += width
            elif esc in '01234567':
                stop = self.at
                while stop < len(text) and stop - self.at < 2 and text[stop] in '01234567':
                    stop += 1
                out.append(chr(int(esc + text[self.at:stop], 8)))
                self.at = stop
            elif esc in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[esc])
            else:
                out.append('\\' + esc)

    def number(self):
        self.blanks()
        start = self.at
        if self.at < len(self.text) and self.text[self.at] in '+-':
            self.at += 1
        while self.at < len(self.text) and self.text[self.at].isdigit():
            self.at += 1
        try:
            return int(self.text[start:self.at])
        except ValueError:
            self.fail()


def _scan_entry(line):
    """Turn one directory line into (key bytes, (offset, size))."""
    sc = _Scanner(line)
    name = sc.quoted()
    sc.expect(',')
    closer = {'(': ')', '[': ']'}[sc.expect('([')]
    offset = sc.number()
    sc.expect(',')
    size = sc.number()
    sc.blanks()
    if sc.text.startswith(',', sc.at):
        sc.at += 1
    sc.expect(closer)
    sc.blanks()
    if sc.at != len(sc.text):
        sc.fail()
    return name.encode('latin-1'), (offset, size)


# --- the two files ----------------------------------------------------------

class _Slots:
    """The .dat file: block-aligned value storage."""

    def __init__(self, path, perms):
        self.path = path
        self.perms = perms

    def discard(self):
        _quietly(os.unlink, self.path)

    def prepare(self, create):
        """Make sure the file exists, creating it only when allowed."""
        if not create:
            # Raises FileNotFoundError naming the .dat file.
            _io_open(self.path, 'rb').close()
            return
        try:
            _io_open(self.path, 'xb').close()
        except FileExistsError:
            return
        os.chmod(self.path, self.perms)

    def read(self, slot):
        offset, size = slot
        with _io_open(self.path, 'rb') as fh:
            fh.seek(offset)
            return fh.read(size)

    def put(self, blob, old=None):
        """Store blob, reusing the old slot when it is big enough."""
        with _io_open(self.path, 'rb+') as fh:
            if old is not None and _blocks_for(len(blob)) <= _blocks_for(old[1]):
                where = old[0]
                fh.seek(where)
                fh.write(blob)
            else:
                end = fh.seek(0, 2)
                where = _blocks_for(end) * _BLOCKSIZE
                fh.write(bytes(where - end))
                fh.write(blob)
        return where, len(blob)


class _Catalogue:
    """The .dir file and its in-memory copy (an ordered dict)."""

    def __init__(self, stem, perms):
        self.path = stem + b'.dir'
        self.backup = stem + b'.bak'
        self.perms = perms
        self.entries = {}

    def discard(self):
        _quietly(os.unlink, self.path)
        _quietly(os.unlink, self.backup)

    def load(self, required):
        """Read the listing; return False when the file is absent."""
        try:
            fh = _io_open(self.path, 'r', encoding='latin-1')
        except FileNotFoundError:
            if required:
                raise
            return False
        with fh:
            for line in fh:
                key, slot = _scan_entry(line)
                self.entries[key] = slot
        return True

    def _fix_perms(self):
        os.chmod(self.path, self.perms)

    def append_entry(self, key, slot):
        self.entries[key] = slot
        with _io_open(self.path, 'ab') as fh:
            fh.write(_format_entry(key, slot))
        self._fix_perms()

    def rewrite(self):
        _quietly(os.unlink, self.backup)
        _quietly(os.rename, self.path, self.backup)
        with _io_open(self.path, 'wb') as fh:
            fh.write(b''.join(_format_entry(k, s) for k, s in self.entries.items()))
        self._fix_perms()


# --- the public object --------------------------------------------------------

class _Database(collections.abc.MutableMapping):
    """Mapping view of one dumb database; build it with dbm.dumb.open()."""

    def __init__(self, catalogue, slots, readonly, dirty):
        self._cat = catalogue
        self._slots = slots
        self._datfile = slots.path
        self._readonly = readonly
        self._dirty = dirty

    def _live(self):
        if self._datfile is None:
            raise error('DBM object has already been closed')
        return self._cat.entries

    def _writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __getitem__(self, key):
        key = _lookup_form(key)
        slot = self._live()[key]
        return self._slots.read(slot)

    def __contains__(self, key):
        key = _lookup_form(key)
        return key in self._live()

    def __setitem__(self, key, value):
        self._writable()
        key = _as_bytes(key, 'keys')
        value = _as_bytes(value, 'values')
        entries = self._live()
        old = entries.get(key)
        slot = self._slots.put(value, old)
        if old is None:
            self._cat.append_entry(key, slot)
        else:
            entries[key] = slot
        self._dirty = True

    def __delitem__(self, key):
        self._writable()
        key = _lookup_form(key)
        del self._live()[key]
        # The data block is simply abandoned; the listing is saved at once.
        self._dirty = True
        self._cat.rewrite()

    def __iter__(self):
        return iter(self._live())

    def iterkeys(self):
        return self.__iter__()

    def __len__(self):
        return len(self._live())

    def keys(self):
        return list(self._live())

    def items(self):
        return [(key, self._slots.read(slot)) for key, slot in self._live().items()]

    def sync(self):
        if self._datfile is not None and self._dirty:
            self._cat.rewrite()

    def close(self):
        if self._datfile is None:
            return
        try:
            self.sync()
        finally:
            self._datfile = None
            self._cat = self._slots = None

    def __del__(self):
        # Objects whose construction failed have nothing to flush.
        if getattr(self, '_datfile', None) is not None:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _effective_mode(mode):
    mask = os.umask(0)
    os.umask(mask)
    return mode & ~mask


def open(file, flag='c', mode=0o666):
    """Open (or create) the dumb database stored under the base name *file*.

    flag is 'r' (read only), 'w' (read/write), 'c' (create if needed) or
    'n' (always start empty); mode is used for files this call creates.
    """
    perms = _effective_mode(mode)
    if flag not in _MODES:
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    stem = os.fsencode(file)
    slots = _Slots(stem + b'.dat', perms)
    catalogue = _Catalogue(stem, perms)
    if flag == 'n':
        catalogue.discard()
        slots.discard()
    slots.prepare(create=flag in 'cn')
    present = catalogue.load(required=flag in 'rw')
    return _Database(catalogue, slots, flag == 'r', not present)
