"""json.scanner (CPython's json.scanner module, written for pyrs)."""

__all__ = ['make_scanner']

c_make_scanner = None


def py_make_scanner(context):
    """Return scan_once(string, idx) for the decoder `context`: it decodes the JSON value
    starting at idx and returns (value, index past it), or raises StopIteration(idx) when no
    value starts there."""
    # The scanner lives in json.decoder, next to the string reader and the error class it
    # uses; that module imports this one, hence the late import.
    from json.decoder import _build_scanner
    return _build_scanner(context)


make_scanner = py_make_scanner


def __getattr__(name):
    # CPython's module has a compiled NUMBER_RE; the scanner does without it, so it is only
    # compiled on request.
    if name != 'NUMBER_RE':
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import re
    pattern = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                         re.VERBOSE | re.MULTILINE | re.DOTALL)
    globals()['NUMBER_RE'] = pattern
    return pattern
