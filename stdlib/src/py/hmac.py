"""hmac (CPython's hmac module, written for pyrs)."""

import hashlib as _hl
import warnings as _warn

trans_5C = bytes(n ^ 0x5C for n in range(256))
trans_36 = bytes(n ^ 0x36 for n in range(256))

# PEP 247 says a module-level digest size; HMAC's depends on the hash.
digest_size = None

# The hashlib constructors that CPython serves from OpenSSL: HMAC treats
# them exactly like the matching algorithm name.
_BY_CONSTRUCTOR = {}
for _algo in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
              'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
              'shake_128', 'shake_256'):
    _fn = getattr(_hl, _algo, None)
    if _fn is not None:
        _BY_CONSTRUCTOR[_fn] = _algo
del _algo, _fn


def _algorithm_name(digestmod):
    """The hashlib name behind digestmod, or None for a foreign hash."""
    if isinstance(digestmod, str):
        return digestmod
    try:
        return _BY_CONSTRUCTOR.get(digestmod)
    except TypeError:           # unhashable digestmod
        return None


def _named_maker(algo):
    """Constructor for a hashlib algorithm; rejects unknown names and XOFs."""
    if _hl.new(algo).digest_size == 0:
        raise ValueError('no reason supplied')

    def make(data=b''):
        return _hl.new(algo, data)
    return make


def _foreign_maker(digestmod):
    """Constructor for a user-supplied callable or PEP 247 module."""
    if callable(digestmod):
        return digestmod

    def make(data=b''):
        return digestmod.new(data)
    return make


def _require_buffer(obj):
    if isinstance(obj, (bytes, bytearray)):
        return memoryview(bytes(obj))   # memoryview() rejects subclasses
    try:
        return memoryview(obj)
    except TypeError:
        raise TypeError('a bytes-like object is required, not %r'
                        % type(obj).__name__) from None


def _padded_key(key, block, make):
    """Shrink an over-long key with the hash, then pad it to one block."""
    if len(key) > block:
        key = make(key).digest()
    return key + b'\x00' * (block - len(key))


class HMAC:
    """Keyed-hash message authentication code (RFC 2104, RFC 4231).

    Follows the PEP 247 interface of hash objects.
    """

    __slots__ = ('_ihash', '_ohash', 'digest_size', 'block_size')
    blocksize = 64  # historical; the real value is in block_size

    def __init__(self, key, msg=None, digestmod=''):
        """Set up an HMAC keyed with key, optionally fed msg at once.

        digestmod picks the hash: a name known to hashlib.new(), a
        constructor returning a hash object, or a module with a new()
        function.  It has no default although it comes after msg.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r'
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        algo = _algorithm_name(digestmod)
        if algo is not None:
            make = _named_maker(algo)
        else:
            make = _foreign_maker(digestmod)
        self._ihash = make()
        self._ohash = make()
        self.digest_size = self._ihash.digest_size
        if algo is None:
            block = self._checked_block_size()
        else:
            block = self._ihash.block_size
        self.block_size = block
        key = _padded_key(key, block, make)
        self._ohash.update(key.translate(trans_5C))
        self._ihash.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def _checked_block_size(self):
        try:
            size = self._ihash.block_size
        except AttributeError:
            _warn.warn('No block_size attribute on given digest object; '
                       'Assuming 64.', RuntimeWarning, 3)
            return 64
        if size < 16:
            _warn.warn('block_size of %d seems too small; using our '
                       'default of 64.' % size, RuntimeWarning, 3)
            return 64
        return size

    @property
    def name(self):
        return 'hmac-' + self._ihash.name

    def update(self, msg):
        """Append msg to the authenticated message."""
        self._ihash.update(msg)

    def copy(self):
        """Return an independent HMAC object in the same state."""
        twin = HMAC.__new__(HMAC)
        twin._ihash = self._ihash.copy()
        twin._ohash = self._ohash.copy()
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        return twin

    def _outer(self):
        done = self._ohash.copy()
        done.update(self._ihash.digest())
        return done

    def digest(self):
        """Return the MAC of everything fed so far, as bytes.

        The object stays usable: more data may still be added.
        """
        return self._outer().digest()

    def hexdigest(self):
        """Return the MAC as a string of hexadecimal digits."""
        return self._outer().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object; see HMAC for the meaning of the arguments.

    Feed more data with update() and read the result with digest() or
    hexdigest().
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Compute the HMAC of msg under key in one call and return bytes.

    digest is a hashlib name, a hash constructor or a PEP 247 module.
    """
    algo = _algorithm_name(digest)
    if algo is not None:
        key = _require_buffer(key).tobytes()
        msg = _require_buffer(msg)
        make = _named_maker(algo)
    else:
        make = _foreign_maker(digest)
    inner = make()
    outer = make()
    block = getattr(inner, 'block_size', 64)
    key = _padded_key(key, block, make)
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def _buffer_bytes(obj):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        return None


def compare_digest(*args, **kwargs):
    """Return 'a == b' in time that does not depend on where they differ.

    a and b must both be str (ASCII only) or both be bytes-like objects.
    Only their lengths and types may leak through timing.
    """
    if kwargs:
        raise TypeError('_hashlib.compare_digest() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('compare_digest expected 2 arguments, got %d'
                        % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters '
                            'is not supported')
        left = a.encode('ascii')
        right = b.encode('ascii')
    else:
        left = _buffer_bytes(a)
        right = _buffer_bytes(b)
        if left is None and right is None:
            raise TypeError('unsupported operand types(s) or combination of '
                            'types: %r and %r'
                            % (type(a).__name__, type(b).__name__))
        if left is None:
            _require_buffer(a)
        if right is None:
            _require_buffer(b)
    # On a length mismatch still walk a full buffer, then report False.
    mismatch = len(left) ^ len(right)
    if mismatch:
        right = left
    for x, y in zip(left, right):
        mismatch |= x ^ y
    return mismatch == 0
