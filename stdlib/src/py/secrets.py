"""secrets (CPython's secrets module, written for pyrs)."""

# Everything here draws from os.urandom, never from a seeded generator.

import base64 as _b64
import os as _os
from operator import index as _as_int
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

# Bytes of randomness the token functions use when not told otherwise.
DEFAULT_ENTROPY = 32


def randbits(k):
    """Return a non-negative int made of k random bits."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    k = _as_int(k)
    whole = (k + 7) // 8
    return int.from_bytes(_os.urandom(whole), 'big') >> (whole * 8 - k)


def randbelow(exclusive_upper_bound):
    """Return a random int n with 0 <= n < exclusive_upper_bound."""
    limit = exclusive_upper_bound
    if limit <= 0:
        raise ValueError('Upper bound must be positive.')
    width = limit.bit_length()
    # Rejection sampling keeps every value equally likely.
    while True:
        pick = randbits(width)
        if pick < limit:
            return pick


def choice(seq):
    """Return a random element of the non-empty sequence seq."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """Return nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return nbytes random bytes spelled as 2*nbytes hex digits."""
    raw = token_bytes(nbytes)
    return raw.hex()


def token_urlsafe(nbytes=None):
    """Return nbytes random bytes in URL-safe Base64, without padding."""
    raw = token_bytes(nbytes)
    return _b64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')
