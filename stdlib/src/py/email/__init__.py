"""A package for parsing, handling and generating email messages."""

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser',
    'generator', 'header', 'iterators', 'message', 'message_from_file',
    'message_from_binary_file', 'message_from_string', 'message_from_bytes',
    'mime', 'parser', 'quoprimime', 'utils',
]


def _run(parser_name, method, source, args, kws):
    # Imported lazily: email.parser pulls in most of the package.
    import email.parser
    engine = getattr(email.parser, parser_name)(*args, **kws)
    return getattr(engine, method)(source)


def message_from_string(s, *args, **kws):
    """Parse a str into a Message object tree."""
    return _run('Parser', 'parsestr', s, args, kws)


def message_from_bytes(s, *args, **kws):
    """Parse a bytes-like object into a Message object tree."""
    return _run('BytesParser', 'parsebytes', s, args, kws)


def message_from_file(fp, *args, **kws):
    """Parse a text file object into a Message object tree."""
    return _run('Parser', 'parse', fp, args, kws)


def message_from_binary_file(fp, *args, **kws):
    """Parse a binary file object into a Message object tree."""
    return _run('BytesParser', 'parse', fp, args, kws)
