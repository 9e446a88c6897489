"""Policies for the modern API (EmailPolicy) and the predefined
instances default, SMTP, SMTPUTF8, HTTP and strict."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default',
           'strict', 'SMTP', 'HTTP']

from email._policybase import Policy, Compat32, compat32, _split_source
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry as _Registry
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

# Line break characters removed from values handed back to programs.
_NO_BREAKS = {ord('\r'): None, ord('\n'): None}


def _is_header_object(value):
    return hasattr(value, 'name')


def _never(name, lines, width):
    return False


def _always(name, lines, width):
    return True


def _overflows(name, lines, width):
    # Would the source lines be wider than width once "name: " is added?
    if not lines:
        return False
    if width is not None and len(name) + 2 + len(lines[0]) > width:
        return True
    return width is not None and any(len(x) > width for x in lines[1:])


# refold_source setting -> test deciding whether source text is refolded
_REFOLD_TESTS = {'none': _never, 'long': _overflows, 'all': _always}


class _HeaderRenderer:
    """Turns one stored header value into folded text for a policy.

    Header objects fold themselves.  Source text (from a parsed message)
    is written back as it was, unless the refold_source setting asks for
    refolding or it carries 8-bit bytes the output cannot hold."""

    def __init__(self, policy, bytes_ok):
        self.policy = policy
        self.bytes_ok = bytes_ok

    def render(self, name, value):
        if _is_header_object(value):
            return value.fold(policy=self.policy)
        lines = value.splitlines()
        if self._rebuild_needed(name, value, lines):
            header = self.policy.header_factory(name, ''.join(lines))
            return header.fold(policy=self.policy)
        sep = self.policy.linesep
        return name + ': ' + sep.join(lines) + sep

    def _rebuild_needed(self, name, value, lines):
        if not self.bytes_ok and _has_surrogates(value):
            return True
        test = _REFOLD_TESTS.get(self.policy.refold_source, _never)
        return test(name, lines, self.policy.max_line_length or None)


class EmailPolicy(Policy):
    """Policy using header objects from a HeaderRegistry and RFC 5322
    aware folding."""

    # Settings added to the Policy ones (defaults shown).
    utf8, refold_source = False, 'long'
    message_factory, content_manager = EmailMessage, raw_data_manager
    header_factory = _Registry()

    def __init__(self, **kw):
        # Each policy built directly gets a registry of its own; clones
        # share the registry of the policy they were cloned from.
        if 'header_factory' not in kw:
            kw = dict(header_factory=_Registry(), **kw)
        super().__init__(**kw)

    def header_max_count(self, name):
        kind = self.header_factory[name]
        return kind.max_count

    def header_source_parse(self, sourcelines):
        return _split_source(sourcelines)

    def header_store_parse(self, name, value):
        reusable = _is_header_object(value) and \
            value.name.lower() == name.lower()
        if not reusable:
            if isinstance(value, str) and value.splitlines()[1:]:
                raise ValueError("Header values may not contain linefeed "
                                 "or carriage return characters")
            value = self.header_factory(name, value)
        return name, value

    def header_fetch_parse(self, name, value):
        if not _is_header_object(value):
            value = self.header_factory(name, value.translate(_NO_BREAKS))
        return value

    def fold(self, name, value):
        return _HeaderRenderer(self, False).render(name, value)

    def fold_binary(self, name, value):
        renderer = _HeaderRenderer(self, self.cte_type != '7bit')
        codec = 'utf8' if self.utf8 else 'ascii'
        return renderer.render(name, value).encode(codec, 'surrogateescape')


# The shared default uses the class-wide registry (no overrides at all).
default = EmailPolicy.__new__(EmailPolicy)
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')      # network line endings
HTTP, SMTPUTF8 = SMTP.clone(max_line_length=None), SMTP.clone(utf8=True)
