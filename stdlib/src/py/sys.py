# The parts of `sys` written in Python; run in the module's namespace by sys.rs.


class _VersionInfo:
    """sys.version_info: a named 5-tuple."""

    _fields = ("major", "minor", "micro", "releaselevel", "serial")

    def __init__(self, t):
        self._t = t
        self.major, self.minor, self.micro, self.releaselevel, self.serial = t

    def _other(self, other):
        return other._t if type(other) is type(self) else other

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == self._other(other)

    def __lt__(self, other):
        return self._t < self._other(other)

    def __le__(self, other):
        return self._t <= self._other(other)

    def __gt__(self, other):
        return self._t > self._other(other)

    def __ge__(self, other):
        return self._t >= self._other(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._t))
        return f"sys.version_info({parts})"


version_info = _VersionInfo((3, 12, 0, "final", 0))
del _VersionInfo
