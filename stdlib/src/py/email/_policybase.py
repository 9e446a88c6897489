"""Policy base classes: Policy (abstract) and Compat32, the behaviour of
the email package before policies existed."""

__all__ = ['Policy', 'Compat32', 'compat32']

import abc
import re

from email import charset as _charset
from email import header as _header
from email.utils import _has_surrogates


def _refuse_assignment(self, name, value):
    # Policies are immutable: every attribute write is an error.
    owner = type(self).__name__
    if hasattr(self, name):
        problem = '{!r} object attribute {!r} is read-only'
    else:
        problem = '{!r} object has no attribute {!r}'
    raise AttributeError(problem.format(owner, name))


class _Options:
    """Immutable bag of settings.  Class attributes are the defaults; the
    instance dictionary records the overridden ones in the order given."""

    __setattr__ = _refuse_assignment

    def __init__(self, **kw):
        self._absorb(kw)

    def _absorb(self, changes):
        # Validate every name first, then store them all at once.
        kind = type(self)
        for key in changes:
            if not hasattr(kind, key):
                raise TypeError('{!r} is an invalid keyword argument for {}'
                                .format(key, kind.__name__))
        vars(self).update(changes)

    def __add__(self, other):
        return self.clone(**vars(other))

    def clone(self, **kw):
        """A copy of this policy with some settings replaced."""
        kind = type(self)
        twin = kind.__new__(kind)
        merged = dict(vars(self))
        merged.update(kw)
        twin._absorb(merged)
        return twin

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in vars(self).items()]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Policy(_Options, metaclass=abc.ABCMeta):
    """Settings and hooks shared by every policy."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Raise the defect or record it on obj, as configured."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from the raw lines of one parsed header."""

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store when a program sets a header."""

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value handed to a program reading a header."""

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as folded text ending in linesep."""

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as folded bytes ending in linesep."""


# name ':' blanks value [line breaks], over the whole joined source
_SOURCE_SHAPE = re.compile(r'(?s)([^:]*):[ \t]*(.*?)[\r\n]*')


def _split_source(sourcelines):
    """(name, value) from the physical lines of one header."""
    if ':' not in sourcelines[0]:
        raise ValueError('not enough values to unpack (expected 2, got 1)')
    found = _SOURCE_SHAPE.fullmatch(''.join(sourcelines))
    return found.group(1), found.group(2)


def _compat_header(name, text):
    # Text with smuggled 8-bit bytes is labelled unknown-8bit.
    label = _charset.UNKNOWN8BIT if _has_surrogates(text) else None
    return _header.Header(text, charset=label, header_name=name)


class Compat32(Policy):
    """Policy reproducing the historical (Python 3.2) behaviour."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        return _split_source(sourcelines)

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            return _compat_header(name, value)
        return value

    def fold(self, name, value):
        if isinstance(value, str):
            value = _compat_header(name, value)
        width = self.max_line_length
        body = value.encode(linesep=self.linesep,
                            maxlinelen=0 if width is None else width)
        return '%s: %s%s' % (name, body, self.linesep)

    def fold_binary(self, name, value):
        # An 8bit-capable transport gets smuggled bytes back verbatim.
        verbatim = (self.cte_type != '7bit' and isinstance(value, str)
                    and _has_surrogates(value))
        text = ('%s: %s%s' % (name, value, self.linesep) if verbatim
                else self.fold(name, value))
        return text.encode('ascii', 'surrogateescape')


compat32 = Compat32()
