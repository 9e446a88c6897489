"""Pseudo-random numbers (CPython's random module, written for pyrs).

The Mersenne Twister and CPython's derivations of every method are in `_random` (Rust); the
module functions use its own generator, and each `Random` instance gets a generator of its own.
"""

import _random
from _random import (choice, choices, gauss, getrandbits, getstate, randint, random,
                     randrange, sample, setstate, shuffle, uniform)

__all__ = ['Random', 'SystemRandom', 'seed', 'random', 'uniform', 'randint', 'choice',
           'sample', 'randrange', 'shuffle', 'choices', 'getrandbits', 'gauss',
           'getstate', 'setstate', 'randbytes']


def seed(a=None, version=2):
    """Starts the stream again from `a` (None: from the clock)."""
    if isinstance(a, (str, bytes, bytearray)) and version == 2:
        # Text and bytes seed with their bytes followed by their SHA-512, read as one int.
        from hashlib import sha512
        raw = a.encode() if isinstance(a, str) else bytes(a)
        a = int.from_bytes(raw + sha512(raw).digest(), 'big')
    elif not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
        raise TypeError('The only supported seed types are: None,\n'
                        'int, float, str, bytes, and bytearray.')
    _random.seed(a)


def randbytes(n):
    """`n` random bytes."""
    return getrandbits(n * 8).to_bytes(n, 'little')


def _on_own_generator(name):
    func = getattr(_random, name)

    def method(self, *args, **kwargs):
        _random._select(self._slot)
        try:
            return func(*args, **kwargs)
        finally:
            _random._select(0)

    method.__name__ = method.__qualname__ = name
    return method


class Random:
    """A generator with its own state: `Random(seed)` repeats the stream `seed(seed)` gives."""

    VERSION = 3

    def __init__(self, x=None):
        self._slot = _random._new_state()
        self.seed(x)

    def __del__(self):
        slot = getattr(self, '_slot', 0)
        if slot:
            _random._free(slot)

    def seed(self, a=None, version=2):
        _random._select(self._slot)
        try:
            seed(a, version)
        finally:
            _random._select(0)

    random = _on_own_generator('random')
    getrandbits = _on_own_generator('getrandbits')
    randrange = _on_own_generator('randrange')
    randint = _on_own_generator('randint')
    choice = _on_own_generator('choice')
    shuffle = _on_own_generator('shuffle')
    uniform = _on_own_generator('uniform')
    sample = _on_own_generator('sample')
    choices = _on_own_generator('choices')
    gauss = _on_own_generator('gauss')
    getstate = _on_own_generator('getstate')
    setstate = _on_own_generator('setstate')

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __setstate__(self, state):
        self.setstate(state)


class SystemRandom(Random):
    """Numbers from the system's random source (WASI `random_get`, through `os.urandom`)."""

    def random(self):
        import os
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * (2.0 ** -53)

    def getrandbits(self, k):
        import os
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(os.urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented
