"""Metadata of installed distributions (importlib.metadata), for pyrs: reads the
`*.dist-info/METADATA` files found on sys.path."""

import os
import sys

__all__ = ['Distribution', 'PackageNotFoundError', 'distribution', 'distributions',
           'metadata', 'requires', 'version', 'files', 'packages_distributions']


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
