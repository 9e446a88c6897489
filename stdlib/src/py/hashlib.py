"""hashlib (CPython's hashlib module, written for pyrs)."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')

algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

# name -> (digest size, block size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128),
    'sha512_256': (32, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72), 'shake_128': (0, 168),
    'shake_256': (0, 136),
}


def _feed(slot, data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    _hashlib.update(slot, data)


class _Hash:
    """State shared by every hash object: a slot of `_hashlib`."""

    __slots__ = ('_slot', '_name', '__weakref__')

    def _start(self, name, slot, data):
        self._name = name
        self._slot = slot
        if data != b'':
            _feed(slot, data)
        return self

    def __del__(self):
        slot = getattr(self, '_slot', None)
        if slot is not None:
            _hashlib.free(slot)

    @property
    def name(self):
        return self._name

    def update(self, data, /):
        _feed(self._slot, data)

    def copy(self):
        twin = object.__new__(type(self))
        twin._name = self._name
        twin._slot = _hashlib.copy(self._slot)
        return twin


class HASH(_Hash):
    """A fixed-size hash (MD5, SHA-1, SHA-2, SHA-3)."""

    __slots__ = ()

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def digest(self):
        return _hashlib.digest(self._slot, 0)

    def hexdigest(self):
        return _hashlib.digest(self._slot, 0).hex()

    def __repr__(self):
        return f'<{self._name} {type(self).__module__}.{type(self).__name__} object @ {hex(id(self))}>'


class HASHXOF(HASH):
    """SHAKE: the caller chooses the digest length."""

    __slots__ = ()

    def digest(self, length=None):
        if length is None:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _hashlib.digest(self._slot, length)

    def hexdigest(self, length=None):
        if length is None:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _hashlib.digest(self._slot, length).hex()


class UnsupportedDigestmodError(ValueError):
    pass


HASH.__module__ = HASHXOF.__module__ = UnsupportedDigestmodError.__module__ = '_hashlib'


def _blake_class(name, digest_max, param_max):
    def __new__(cls, data=b'', /, *, digest_size=digest_max, key=b'', salt=b'',
                person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
                node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if not 1 <= digest_size <= digest_max:
            raise ValueError(f'digest_size must be between 1 and {digest_max} bytes')
        if len(key) > digest_max:
            raise ValueError(f'maximum key length is {digest_max} bytes')
        if len(salt) > param_max:
            raise ValueError(f'maximum salt length is {param_max} bytes')
        if len(person) > param_max:
            raise ValueError(f'maximum person length is {param_max} bytes')
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size,
                last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError('pyrs: BLAKE2 tree hashing parameters are not supported')
        self = object.__new__(cls)
        self._size = digest_size
        slot = _hashlib.new(name, key, salt, person, digest_size)
        return self._start(name, slot, data)

    def copy(self):
        twin = _Hash.copy(self)
        twin._size = self._size
        return twin

    body = {
        '__slots__': ('_size',),
        '__new__': __new__,
        'copy': copy,
        'digest_size': property(lambda self: self._size),
        'block_size': property(lambda self: 2 * digest_max),
        'digest': lambda self: _hashlib.digest(self._slot, 0),
        'hexdigest': lambda self: _hashlib.digest(self._slot, 0).hex(),
        '__repr__': lambda self: f'<_blake2.{name} object at {hex(id(self))}>',
        'SALT_SIZE': param_max,
        'PERSON_SIZE': param_max,
        'MAX_KEY_SIZE': digest_max,
        'MAX_DIGEST_SIZE': digest_max,
    }
    cls = type(name, (_Hash,), body)
    cls.__module__ = '_blake2'
    cls.__qualname__ = name
    return cls


blake2b = _blake_class('blake2b', 64, 16)
blake2s = _blake_class('blake2s', 32, 8)


def _bind_optional(fname, args, kwargs, names, positional):
    """The arguments given, by name, checked with C's wording: every one of `names` is
    optional, and the first `positional` of them may also come by position."""
    given = len(args) + len(kwargs)
    if given > len(names):
        most = len(names)
        raise TypeError(f"{fname}() takes at most {most} {'' if args else 'keyword '}"
                        f"argument{'' if most == 1 else 's'} ({given} given)")
    if len(args) > positional:
        raise TypeError(f"{fname}() takes at most {positional} positional "
                        f"argument{'' if positional == 1 else 's'} ({len(args)} given)")
    bound = dict(zip(names, args))
    for key in kwargs:
        if key not in names:
            raise TypeError(f'{key!r} is an invalid keyword argument for {fname}()')
        if key in bound:
            raise TypeError(f"argument for {fname}() given by name ({key!r}) and "
                            f'position ({names.index(key) + 1})')
        bound[key] = kwargs[key]
    return bound


def _constructor(name):
    kind = HASHXOF if name.startswith('shake') else HASH
    fname = 'openssl_' + name

    def make(*args, **kwargs):
        data = _bind_optional(fname, args, kwargs, ('string', 'usedforsecurity'), 1)
        return object.__new__(kind)._start(name, _hashlib.new(name, b'', b'', b'', 0),
                                           data.get('string', b''))

    make.__name__ = make.__qualname__ = fname
    # What inspect.signature reports (the C function's own signature).
    make.__signature__ = "(string=b'', *, usedforsecurity=True)"
    make.__module__ = '_hashlib'
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def new(name, data=b'', **kwargs):
    """A hash object for the algorithm called `name`."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower().replace('-', '_')
    if key in ('blake2b', 'blake2s'):
        return (blake2b if key == 'blake2b' else blake2s)(data, **kwargs)
    if key not in _SIZES:
        raise ValueError(f'unsupported hash type {name}')
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for new()")
    return _constructor(key)(data)


def _bytes_like(v):
    if isinstance(v, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return v


def _c_long(value):
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C long')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over the named hash."""
    password = _bytes_like(password)
    salt = _bytes_like(salt)
    if not isinstance(iterations, int):
        raise TypeError(f"'{type(iterations).__name__}' object cannot be interpreted as an integer")
    # CPython's limits: each a C long, then at most INT_MAX iterations and key bytes.
    _c_long(iterations)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7fffffff:
        raise OverflowError('iteration value is too great.')
    if dklen is not None:
        _c_long(dklen)
        if dklen < 1:
            raise ValueError('key length must be greater than 0.')
        if dklen > 0x7fffffff:
            raise OverflowError('key length is too great.')
    name = hash_name.lower().replace('-', '_') if isinstance(hash_name, str) else hash_name
    if name not in _SIZES or name.startswith('shake'):
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    return _hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen or 0)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object's contents, read in chunks."""
    h = digest() if callable(digest) else new(digest)
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)
