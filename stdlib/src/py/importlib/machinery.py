"""The import system's finders, loaders and spec class (importlib.machinery), for pyrs."""

import sys
import _imp

ModuleSpec = _imp.ModuleSpec
SourceFileLoader = _imp.SourceFileLoader
NamespaceLoader = _imp.NamespaceLoader
BuiltinImporter = _imp.BuiltinImporter
FrozenImporter = _imp.FrozenImporter

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


PathFinder = _imp.PathFinder


class FileFinder:
    """Finds modules in one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return f'FileFinder({self.path!r})'
