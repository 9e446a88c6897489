"""Abstract base classes of the import system (importlib.abc), for pyrs."""


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise ImportError('exec_module not implemented')


class MetaPathFinder:
    def invalidate_caches(self):
        pass


class PathEntryFinder:
    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_source(self, fullname):
        raise ImportError


class ExecutionLoader(InspectLoader):
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    pass


class Traversable:
    """A file or directory of a package's resources."""
