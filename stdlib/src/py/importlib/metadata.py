"""Metadata of installed distributions (importlib.metadata), for pyrs: reads the
`*.dist-info/METADATA` files found on sys.path."""

import os
import re
import sys

__all__ = ['Distribution', 'PackageNotFoundError', 'distribution', 'distributions',
           'entry_points', 'metadata', 'requires', 'version', 'files',
           'packages_distributions']


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        return self.args[0]


def _normalize(name):
    out = []
    for c in name.lower():
        out.append('_' if c in '-.' else c)
    return ''.join(out)


class _Message:
    """The headers of a METADATA file (a mapping; repeated headers via get_all)."""

    def __init__(self, text):
        self._headers = []
        for line in text.split('\n'):
            if not line.strip():
                break
            if line[:1] in (' ', '\t') and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + '\n' + line.strip())
                continue
            key, sep, value = line.partition(':')
            if sep:
                self._headers.append((key.strip(), value.strip()))

    def __getitem__(self, key):
        for k, v in self._headers:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, default=None):
        value = self[key]
        return default if value is None else value

    def get_all(self, key, failobj=None):
        found = [v for k, v in self._headers if k.lower() == key.lower()]
        return found or failobj

    def __contains__(self, key):
        return self[key] is not None

    def keys(self):
        return [k for k, _ in self._headers]

    def __iter__(self):
        return iter(self.keys())


_REFERENCE = re.compile(
    r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')


class EntryPoint:
    """One line of a distribution's entry_points.txt: `name = module:attr [extras]` in a
    group."""

    __slots__ = ('name', 'value', 'group', 'dist')

    def __init__(self, name, value, group):
        for field, given in (('name', name), ('value', value), ('group', group)):
            object.__setattr__(self, field, given)
        object.__setattr__(self, 'dist', None)

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def _parts(self):
        found = _REFERENCE.match(self.value)
        if found is None:
            raise ValueError(f'{self.value!r} is not a valid entry point reference')
        return found

    @property
    def module(self):
        return self._parts().group('module')

    @property
    def attr(self):
        return self._parts().group('attr')

    @property
    def extras(self):
        inside = (self._parts().group('extras') or '')[1:-1]
        return [item.strip() for item in inside.split(',') if item.strip()]

    def load(self):
        """Imports the module and follows the attribute path."""
        import importlib
        found = importlib.import_module(self.module)
        for step in filter(None, (self.attr or '').split('.')):
            found = getattr(found, step)
        return found

    def matches(self, **params):
        return all(getattr(self, key) == wanted for key, wanted in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        if not isinstance(other, EntryPoint):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __iter__(self):
        import warnings
        warnings.warn("EntryPoint tuple interface is deprecated. Access members by name.",
                      DeprecationWarning, stacklevel=2)
        return iter((self.name, self))

    def __repr__(self):
        return (f'EntryPoint(name={self.name!r}, value={self.value!r}, '
                f'group={self.group!r})')

    def __reduce__(self):
        return type(self), self._key()


class EntryPoints(tuple):
    """Entry points, selectable by their fields."""

    __slots__ = ()

    def __getitem__(self, name):
        # By name only, as CPython 3.12's (an index is a name not found).
        for point in self:
            if point.name == name:
                return point
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(point for point in self if point.matches(**params))

    @property
    def names(self):
        return {point.name for point in self}

    @property
    def groups(self):
        return {point.group for point in self}


def _read_entry_points(text, dist):
    """The entry points of an entry_points.txt (an INI file, one section a group)."""
    group, found = None, []
    for raw in (text or '').splitlines():
        line = raw.strip()
        if not line or line[0] in '#;':
            continue
        if line.startswith('[') and line.endswith(']'):
            group = line[1:-1].strip()
            continue
        name, sep, value = line.partition('=')
        if sep and group is not None:
            point = EntryPoint(name.strip(), value.strip(), group)
            object.__setattr__(point, 'dist', dist)
            found.append(point)
    return found


def entry_points(**params):
    """The entry points of every distribution on sys.path (the first found of each name),
    those matching `params` (group=..., name=...) when given."""
    seen, points = set(), []
    for dist in distributions():
        key = _normalize(dist.name or '')
        if key in seen:
            continue
        seen.add(key)
        points.extend(dist.entry_points)
    return EntryPoints(points).select(**params)


class Distribution:
    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding='utf-8') as f:
                return f.read()
        except OSError:
            return None

    @property
    def metadata(self):
        return _Message(self.read_text('METADATA') or self.read_text('PKG-INFO') or '')

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def requires(self):
        return self.metadata.get_all('Requires-Dist')

    @property
    def entry_points(self):
        return EntryPoints(_read_entry_points(self.read_text('entry_points.txt'), self))

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            return None
        return [line.split(',')[0] for line in text.splitlines() if line]

    @classmethod
    def from_name(cls, name):
        want = _normalize(name)
        for dist in distributions():
            if dist.name is not None and _normalize(dist.name) == want:
                return dist
        raise PackageNotFoundError(name)


def distributions(**kwargs):
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or '.'))
        except OSError:
            continue
        for name in names:
            if name.endswith('.dist-info') or name.endswith('.egg-info'):
                yield Distribution(os.path.join(entry or '.', name))


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def requires(distribution_name):
    return distribution(distribution_name).requires


def files(distribution_name):
    return distribution(distribution_name).files


def packages_distributions():
    result = {}
    for dist in distributions():
        text = dist.read_text('top_level.txt') or ''
        for pkg in text.split():
            result.setdefault(pkg, []).append(dist.name)
    return result
