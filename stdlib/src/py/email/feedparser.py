"""FeedParser and BytesFeedParser.

Input may be fed in pieces of any size; it is buffered and parsed when
close() is called.  Parsing is a line-oriented state machine: each message
goes through a HEADERS state and then a body state chosen from its content
type, while a stack of the enclosing multipart boundaries decides where
every body ends.
"""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

_LINE_RE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')
_FIELD_RE = re.compile(r'[\x21-\x39\x3b-\x7e]*:')


def _strip_eol(line):
    if line.endswith('\r\n'):
        return line[:-2]
    if line.endswith(('\r', '\n')):
        return line[:-1]
    return line


def _delimiter(line, boundary):
    """'open', 'close' or None: does line delimit a part for boundary?"""
    core = _strip_eol(line).rstrip(' \t')
    mark = '--' + boundary
    if core == mark:
        return 'open'
    if core == mark + '--':
        return 'close'
    return None


class _LineMachine:
    """Builds a message tree from a list of lines."""

    def __init__(self, lines, factory, policy, headers_only):
        self.lines = lines
        self.pos = 0
        self.factory = factory
        self.policy = policy
        self.headers_only = headers_only

    # -- helpers --------------------------------------------------------

    def new_message(self):
        try:
            return self.factory(policy=self.policy)
        except TypeError:
            return self.factory()

    def defect(self, msg, defect):
        self.policy.handle_defect(msg, defect)

    def at_delimiter(self, stack):
        """The (boundary, kind) the current line closes, or None."""
        if self.pos >= len(self.lines):
            return None
        line = self.lines[self.pos]
        if not line.startswith('--'):
            return None
        for boundary in reversed(stack):
            kind = _delimiter(line, boundary)
            if kind:
                return boundary, kind
        return None

    def take_text(self, stack, strip_at_end=None, keep_eol=False):
        """Lines up to the next delimiter of any active boundary (or EOF);
        the line break before a delimiter belongs to the delimiter unless
        keep_eol is set."""
        start = self.pos
        while self.pos < len(self.lines) and not self.at_delimiter(stack):
            self.pos += 1
        chunk = self.lines[start:self.pos]
        if strip_at_end is None:
            strip_at_end = bool(stack)
        if keep_eol:
            strip_at_end = False
        elif self.pos < len(self.lines):
            strip_at_end = True
        if chunk and strip_at_end:
            chunk[-1] = _strip_eol(chunk[-1])
        return ''.join(chunk), bool(chunk)

    # -- states ---------------------------------------------------------

    def message(self, stack, default_type=None):
        msg = self.new_message()
        if default_type:
            msg.set_default_type(default_type)
        self.read_headers(msg, stack)
        if self.headers_only:
            text, _ = self.take_text(stack)
            msg.set_payload(text)
            return msg
        ctype = msg.get_content_type()
        maintype = msg.get_content_maintype()
        if ctype == 'message/delivery-status':
            self.read_status_blocks(msg, stack)
        elif maintype == 'message':
            msg.attach(self.message(stack))
        elif maintype == 'multipart':
            self.read_multipart(msg, stack)
        else:
            text, _ = self.take_text(stack)
            msg.set_payload(text)
        return msg

    def read_headers(self, msg, stack):
        block = []              # lines of the header being collected
        fields = []             # finished lists of header lines
        first = True
        while self.pos < len(self.lines):
            if self.at_delimiter(stack):
                break
            line = self.lines[self.pos]
            if first and line.startswith('From '):
                msg.set_unixfrom(_strip_eol(line))
                self.pos += 1
                first = False
                continue
            first = False
            if _strip_eol(line) == '':
                self.pos += 1
                break
            if line[0] in ' \t':
                if block:
                    block.append(line)
                else:
                    fields.append(('orphan', line))
                self.pos += 1
                continue
            if line.startswith('From '):
                if block:
                    fields.append(('field', block))
                    block = []
                fields.append(('envelope', line))
                self.pos += 1
                continue
            if _FIELD_RE.match(line):
                if block:
                    fields.append(('field', block))
                block = [line]
                self.pos += 1
                continue
            self.defect(msg, errors.MissingHeaderBodySeparatorDefect())
            break
        if block:
            fields.append(('field', block))
        for kind, item in fields:
            if kind == 'orphan':
                self.defect(msg,
                            errors.FirstHeaderLineIsContinuationDefect(item))
            elif kind == 'envelope':
                self.defect(msg, errors.MisplacedEnvelopeHeaderDefect(
                    _strip_eol(item)))
            elif item[0].startswith(':'):
                self.defect(msg, errors.InvalidHeaderDefect(
                    'Missing header name.'))
            else:
                msg.set_raw(*self.policy.header_source_parse(item))

    def read_status_blocks(self, msg, stack):
        while self.pos < len(self.lines) and not self.at_delimiter(stack):
            block = self.new_message()
            self.read_headers(block, stack)
            block.set_payload('')
            msg.attach(block)
            while (self.pos < len(self.lines)
                   and not self.at_delimiter(stack)
                   and _strip_eol(self.lines[self.pos]) == ''):
                self.pos += 1

    def read_multipart(self, msg, stack):
        boundary = msg.get_boundary()
        if boundary is None:
            self.defect(msg, errors.NoBoundaryInMultipartDefect())
            text, _ = self.take_text(stack, keep_eol=True)
            msg.set_payload(text)
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.defect(msg,
                        errors.InvalidMultipartContentTransferEncodingDefect())
        inner = stack + [boundary]
        child_type = ('message/rfc822'
                      if msg.get_content_subtype() == 'digest' else None)
        # PREAMBLE state
        mark = self.pos
        text, had = self.take_text(inner, False)
        hit = self.at_delimiter(inner)
        if hit is None or hit != (boundary, 'open'):
            # No opening delimiter: the body stays text.  A premature close
            # delimiter ends the text; what follows it up to an enclosing
            # delimiter is dropped.
            self.defect(msg, errors.StartBoundaryNotFoundDefect())
            self.pos = mark
            text, _ = self.take_text(inner, keep_eol=True)
            if hit is not None and hit[0] == boundary:
                self.pos += 1
                self.take_text(stack)
            msg.set_payload(text)
            msg.epilogue = None if stack else ''
            return
        msg.preamble = text if had else None
        # PARTS state
        parts = []
        closed = False
        while True:
            hit = self.at_delimiter(inner)
            if hit is None:
                break
            if hit[0] != boundary:
                break               # an enclosing multipart ends here
            self.pos += 1
            if hit[1] == 'close':
                closed = True
                break
            nxt = self.at_delimiter(inner)
            if nxt is not None and nxt[0] == boundary:
                continue            # empty part between two delimiters
            parts.append(self.message(inner, child_type))
        msg._payload = parts
        if not closed:
            self.defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        # EPILOGUE state
        text, had = self.take_text(stack, False)
        msg.epilogue = text


class FeedParser:
    """Incremental parser: feed() text, then close() to get the message."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        if _factory is None:
            _factory = policy.message_factory
            if _factory is None:
                from email.message import Message as _factory
        self._factory = _factory
        self._pieces = []
        self._headers_only = False

    def _set_headersonly(self):
        self._headers_only = True

    def feed(self, data):
        """Add more input text."""
        self._pieces.append(data)

    def close(self):
        """Parse everything fed so far and return the root message."""
        text = ''.join(self._pieces)
        self._pieces = []
        lines = _LINE_RE.findall(text)
        machine = _LineMachine(lines, self._factory, self.policy,
                               self._headers_only)
        root = machine.message([])
        if not self._headers_only and not root.is_multipart() and \
                root.get_content_maintype() == 'multipart':
            machine.defect(root, errors.MultipartInvariantViolationDefect())
        return root


class BytesFeedParser(FeedParser):
    """A FeedParser taking bytes (non-ASCII kept as surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
