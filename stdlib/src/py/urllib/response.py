"""File-like response objects for urllib.

addbase wraps a binary file and forwards attribute access to it; addinfo
adds info() (the headers), addinfourl adds geturl(), getcode() and status,
and addclosehook runs a callback when closed.  (pyrs implementation.)
"""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """Minimal file-like wrapper around a binary file object."""

    def __init__(self, fp):
        self.fp = self.file = fp
        self.name = '<urllib response>'

    def __getattr__(self, attr):
        # Everything not defined here comes from the wrapped file.
        if attr in ('fp', 'file') or attr.startswith('__'):
            raise AttributeError(attr)
        return getattr(self.__dict__['fp'], attr)

    def __iter__(self):
        for line in self.fp:
            yield line

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def close(self):
        self.fp.close()


class addclosehook(addbase):
    """Wrapper that calls closehook(*hookargs) once, on the first close()."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook:
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Wrapper that also carries headers, returned by info()."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Wrapper carrying headers, the URL and the status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
