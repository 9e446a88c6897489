"""Pseudo-random numbers (CPython's random module, written for pyrs).

The Mersenne Twister and CPython's derivations of every method are in `_random` (Rust); the
module functions use its own generator, and each `Random` instance gets a generator of its own.
"""

import _random
from math import (acos as _acos, cos as _cos, e as _e, exp as _exp,
                  floor as _floor, lgamma as _lgamma, log as _log, pi as _pi, sin as _sin,
                  sqrt as _sqrt, isfinite as _isfinite)
from _random import (choice, choices, gauss, getrandbits, getstate, randint, random,
                     randrange, setstate, shuffle, uniform)

__all__ = ['Random', 'SystemRandom', 'betavariate', 'binomialvariate', 'choice', 'choices',
           'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
           'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint',
           'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
           'uniform', 'vonmisesvariate', 'weibullvariate']

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def seed(a=None, version=2):
    """Starts the stream again from `a` (None: from the clock)."""
    if version == 1 and isinstance(a, (str, bytes)):
        # Version 1 seeds with the string hash of Python 2, over the code points.
        text = a.decode('latin-1') if isinstance(a, bytes) else a
        x = ord(text[0]) << 7 if text else 0
        for c in map(ord, text):
            x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
        x ^= len(text)
        a = -2 if x == -1 else x
    elif isinstance(a, (str, bytes, bytearray)) and version == 2:
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


class _Distributions:
    """The distributions, drawn from `self.random()` as CPython draws them, so a seeded
    generator gives CPython's numbers."""

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio of uniforms.
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        normal = self.normalvariate(mu, sigma)
        return _exp(normal)

    def expovariate(self, lambd=1.0):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        ratio = (q + z) / (1.0 + q * z)
        angle = _acos(ratio)
        if self.random() > 0.5:
            return (mu + angle) % TWOPI
        return (mu - angle) % TWOPI

    def gammavariate(self, alpha, beta):
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection method.
            root_inv = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            scale = alpha + root_inv
            while True:
                draw = self.random()
                if not 1e-7 < draw < 0.9999999:
                    continue
                other = 1.0 - self.random()
                v = _log(draw / (1.0 - draw)) / root_inv
                x = alpha * _exp(v)
                z = draw * draw * other
                r = shift + scale * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # Ahrens and Dieter's GS method for alpha below one.
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        first = self.gammavariate(alpha, 1.0)
        if first:
            return first / (first + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        if n < 0:
            raise ValueError('n must be non-negative')
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError('p must be in the range 0.0 <= p <= 1.0')
        if n == 1:
            return int(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1 - p + 0.0)
        if n * p < 10.0:
            # Count successes by geometric jumps between them.
            drop = _log(1.0 - p)
            if not drop:
                return 0
            count = seen = 0
            while True:
                seen += _floor(_log(self.random()) / drop) + 1
                if seen > n:
                    return count
                count += 1
        # Hormann's BTRS transformed rejection.
        spread = _sqrt(n * p * (1.0 - p))
        width = 1.15 + 2.53 * spread
        slope = -0.0873 + 0.0248 * width + 0.01 * p
        centre = n * p + 0.5
        quick = 0.92 - 4.2 / width
        ready = False
        while True:
            u = self.random() - 0.5
            edge = 0.5 - abs(u)
            k = _floor((2.0 * slope / edge + width) * u + centre)
            if k < 0 or k > n:
                continue
            v = self.random()
            if edge >= 0.07 and v <= quick:
                return k
            if not ready:
                alpha = (2.83 + 5.1 / width) * spread
                log_odds = _log(p / (1.0 - p))
                mode = _floor((n + 1) * p)
                norm = _lgamma(mode + 1) + _lgamma(n - mode + 1)
                ready = True
            v *= alpha / (slope / (edge * edge) + width)
            if _log(v) <= norm - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * log_odds:
                return k

    def _weighted(self, population, weights, cum_weights, k):
        """`choices` with weights: a bisection into the running totals."""
        from bisect import bisect
        from itertools import accumulate
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[_floor(self.random() * n)] for _ in range(k)]
            try:
                cum_weights = list(accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError(f'The number of choices must be a keyword argument: '
                                f'k={weights}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0 if cum_weights else 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[bisect(cum_weights, self.random() * total, 0, last)]
                for _ in range(k)]


class _Derived:
    """The methods a generator whose `random()` or `getrandbits()` is not the Mersenne
    Twister's (SystemRandom, a subclass replacing either) draws from those, as CPython's
    Random does; a plain `Random` has them natively."""

    def _randbelow_with_getrandbits(self, n):
        width = n.bit_length()
        r = self.getrandbits(width)
        while r >= n:
            r = self.getrandbits(width)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            from warnings import warn
            warn('Underlying random() generator does not supply \n'
                 'enough bits to choose from a population range this large.\n'
                 'To remove the range limitation, add a getrandbits() method.')
            return _floor(random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def randrange(self, start, stop=None, step=1):
        from operator import index
        start = index(start)
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if start > 0:
                return self._randbelow(start)
            raise ValueError('empty range for randrange()')
        stop = index(stop)
        step = index(step)
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f'empty range in randrange({start}, {stop})')
        if step > 0:
            count = (width + step - 1) // step
        elif step < 0:
            count = (width + step + 1) // step
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError(f'empty range in randrange({start}, {stop}, {step})')
        return start + step * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def _pick_distinct(self, population, k):
        # A shrinking pool for small populations, else redrawing repeated indexes.
        n = len(population)
        result = [None] * k
        setsize = 21
        if k > 5:
            from math import ceil
            setsize += 4 ** ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            seen = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in seen:
                    j = self._randbelow(n)
                seen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return self._weighted(population, weights, cum_weights, k)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.__dict__.pop('gauss_next', None)
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma


class Random(_Distributions):
    """A generator with its own state: `Random(seed)` repeats the stream `seed(seed)` gives."""

    VERSION = 3

    def __init__(self, x=None):
        self._slot = _random._new_state()
        self.seed(x)

    def __init_subclass__(cls, /, **kwargs):
        # A subclass replacing `random()` or `getrandbits()` gets the methods that draw from
        # them (those it does not define itself), choosing as CPython which one `_randbelow`
        # uses.
        super().__init_subclass__(**kwargs)
        below = None
        for c in cls.__mro__:
            if c is Random:
                return
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                below = _Derived._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                below = _Derived._randbelow_without_getrandbits
                break
        own = set()
        for c in cls.__mro__:
            if c is Random:
                break
            own.update(c.__dict__)
        for name, value in _Derived.__dict__.items():
            if not name.startswith('__') and name not in own:
                setattr(cls, name, value)
        if below is not None:
            cls._randbelow = below

    def __del__(self):
        slot = getattr(self, '_slot', 0)
        if slot:
            _random._free(slot)

    def seed(self, a=None, version=2):
        self.__dict__.pop('gauss_next', None)
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
    _pick_distinct = _on_own_generator('sample')

    def sample(self, population, k, *, counts=None):
        """k distinct items of the sequence population; counts, when given,
        repeats each item that many times."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            from itertools import accumulate
            from bisect import bisect
            bounds = list(accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[bisect(bounds, p)]
                    for p in self.sample(range(total), k)]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        if not isinstance(k, int):
            try:
                k = k.__index__()
            except AttributeError:
                raise TypeError("can't multiply sequence by non-int of type "
                                f"'{type(k).__name__}'") from None
        return self._pick_distinct(population, k)
    _unweighted_choices = _on_own_generator('choices')

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        if weights is None and cum_weights is None:
            return self._unweighted_choices(population, k=k)
        return self._weighted(population, weights, cum_weights, k)

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


# The module's functions for the distributions, on the module's own generator (slot 0).
_module_generator = object.__new__(Random)
_module_generator._slot = 0
triangular = _module_generator.triangular
normalvariate = _module_generator.normalvariate
lognormvariate = _module_generator.lognormvariate
expovariate = _module_generator.expovariate
vonmisesvariate = _module_generator.vonmisesvariate
gammavariate = _module_generator.gammavariate
betavariate = _module_generator.betavariate
paretovariate = _module_generator.paretovariate
weibullvariate = _module_generator.weibullvariate
binomialvariate = _module_generator.binomialvariate
choices = _module_generator.choices
sample = _module_generator.sample
