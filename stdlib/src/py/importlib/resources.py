"""Reading data files that live next to a package's modules (importlib.resources), for pyrs."""

import os
import sys
import pathlib
import importlib

__all__ = ['Package', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
           'open_text', 'path', 'read_binary', 'read_text']

Package = str


def _module(anchor):
    if anchor is None:
        raise TypeError('files() requires an anchor')
    if isinstance(anchor, str):
        return importlib.import_module(anchor)
    return anchor


def files(anchor=None):
    """The directory of a package (or of a module's package) as a traversable path."""
    module = _module(anchor)
    spec = module.__spec__
    # A loader with a resource reader (zipimport's) gives its own traversable.
    reader_of = getattr(spec.loader, 'get_resource_reader', None)
    if reader_of is not None:
        reader = reader_of(spec.name)
        if reader is not None and hasattr(reader, 'files'):
            return reader.files()
    locations = spec.submodule_search_locations
    if locations:
        return pathlib.Path(list(locations)[0])
    if spec.origin and spec.has_location:
        return pathlib.Path(spec.origin).parent
    raise ValueError(f'{module.__name__!r} has no resources in the file system')


class _AsFile:
    def __init__(self, path):
        self._path = path

    def __enter__(self):
        return self._path

    def __exit__(self, *args):
        return False


def as_file(path):
    """A context manager giving a real file system path for a resource."""
    return _AsFile(pathlib.Path(path))


def _resource(package, resource):
    return files(package).joinpath(resource)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    return _resource(package, resource).read_text(encoding=encoding, errors=errors)


def read_binary(package, resource):
    return _resource(package, resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


def open_binary(package, resource):
    return _resource(package, resource).open('rb')


def path(package, resource):
    return as_file(_resource(package, resource))


def is_resource(package, name):
    return _resource(package, name).is_file()


def contents(package):
    return [p.name for p in files(package).iterdir()]
