"""Iteration helpers over the parts and body lines of a message tree."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from io import StringIO


def walk(self):
    """Depth-first, pre-order iteration over a message and its subparts."""
    pending = [self]
    while pending:
        part = pending.pop()
        yield part
        if part.is_multipart():
            pending.extend(reversed(part.get_payload()))


def body_line_iterator(msg, decode=False):
    """Lines of every string payload found in the message tree."""
    for part in msg.walk():
        body = part.get_payload(decode=decode)
        if isinstance(body, str):
            yield from StringIO(body)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """Parts of the tree whose type matches maintype (and subtype)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print an indented outline of the content types in a message."""
    out = sys.stdout if fp is None else fp
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, out, level + 1, include_default)
