"""Turning message trees back into text or bytes.

All the work is done by _serialize(), a recursive function returning the
output as a list of str pieces; header folding is left to the policy.
The byte-oriented generator encodes those pieces with surrogateescape so
that undecodable input bytes come back out unchanged.
"""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import random
import re
import sys
from copy import deepcopy

from email.utils import _has_surrogates, _sanitize

_EOL_SPLIT = re.compile(r'\r\n|\r|\n')
_FROM_LINE = re.compile(r'^From ', re.MULTILINE)


class _Options:
    # Settings for one flatten() run.
    def __init__(self, policy, mangle, binary):
        self.policy = policy
        self.mangle = mangle
        self.binary = binary


def _relines(text, linesep):
    """text with every line break replaced by linesep."""
    parts = _EOL_SPLIT.split(text)
    return linesep.join(parts)


def _mangled(text, opts):
    if opts.mangle:
        return _FROM_LINE.sub('>From ', text)
    return text


def _header_lines(msg, opts):
    out = []
    policy = opts.policy
    for name, value in msg.raw_items():
        if opts.binary:
            folded = policy.fold_binary(name, value)
            out.append(folded.decode('ascii', 'surrogateescape'))
        else:
            out.append(policy.fold(name, value))
    return out


def _fresh_boundary(pieces):
    text = ''.join(pieces)
    token = '=' * 15 + '%019d' % random.randrange(sys.maxsize) + '=='
    candidate = token
    serial = 0
    while re.search('^--' + re.escape(candidate) + '(--)?$', text,
                    re.MULTILINE):
        serial += 1
        candidate = '%s.%d' % (token, serial)
    return candidate


def _needs_reencoding(msg, opts):
    body = msg._payload
    if not isinstance(body, str) or not _has_surrogates(body):
        return False
    return not opts.binary or opts.policy.cte_type == '7bit'


def _body_pieces(msg, opts):
    """Returns (msg_to_use_for_headers, list of body pieces)."""
    sep = opts.policy.linesep
    payload = msg._payload
    maintype = msg.get_content_maintype()
    subtype = msg.get_content_subtype()
    if maintype == 'multipart' and not isinstance(payload, str):
        return msg, _multipart_pieces(msg, opts, subtype)
    if payload is None:
        return msg, []
    if maintype == 'message' and isinstance(payload, list):
        if msg.get_content_type() == 'message/delivery-status':
            return msg, _status_pieces(msg, opts)
        inner = _Options(opts.policy, False, opts.binary)
        return msg, _serialize(payload[0], inner, False)
    if not isinstance(payload, str):
        raise TypeError('string payload expected: %s' % type(payload))
    if _needs_reencoding(msg, opts):
        label = msg.get_param('charset')
        if label is not None:
            msg = _reencoded(msg, label, _mangled(payload, opts))
            return msg, [_relines(msg._payload, sep)]
        if not opts.binary:
            payload = _sanitize(payload)
    return msg, [_mangled(_relines(payload, sep), opts)]


def _reencoded(msg, label, payload):
    # A copy of msg whose 8-bit payload is put in a transfer encoding.
    from email.charset import Charset
    twin = deepcopy(msg)
    charset = Charset(label)
    twin.set_param('charset', charset.get_output_charset(), replace=True)
    raw = payload.encode('ascii', 'surrogateescape')
    body = charset.body_encode(raw)
    if isinstance(body, bytes):
        body = body.decode('ascii', 'surrogateescape')
    twin._payload = body
    cte = charset.get_body_encoding()
    if callable(cte):
        del twin['content-transfer-encoding']
        cte(twin)
    elif 'content-transfer-encoding' in twin:
        twin.replace_header('content-transfer-encoding', cte)
    else:
        twin['Content-Transfer-Encoding'] = cte
    return twin


def _multipart_pieces(msg, opts, subtype):
    sep = opts.policy.linesep
    if isinstance(msg._payload, str):
        return [_mangled(_relines(msg._payload, sep), opts)]
    child_opts = opts
    if subtype == 'signed':
        child_opts = _Options(opts.policy.clone(max_line_length=0),
                              opts.mangle, opts.binary)
    rendered = [''.join(_serialize(part, child_opts, False))
                for part in msg._payload or []]
    boundary = msg.get_boundary()
    if not boundary:
        boundary = _fresh_boundary(rendered)
        msg.set_boundary(boundary)
    out = []
    if msg.preamble is not None:
        out.append(_mangled(_relines(msg.preamble, sep), opts) + sep)
    out.append('--' + boundary + sep)
    for idx, text in enumerate(rendered):
        if idx:
            out.append(sep + '--' + boundary + sep)
        out.append(text)
    out.append(sep + '--' + boundary + '--' + sep)
    if msg.epilogue is not None:
        out.append(_mangled(_relines(msg.epilogue, sep), opts))
    return out


def _status_pieces(msg, opts):
    sep = opts.policy.linesep
    blocks = []
    for part in msg.get_payload():
        text = ''.join(_serialize(part, opts, False))
        if text.endswith(sep):
            text = text[:-len(sep)]
        blocks.append(text)
    return [sep.join(blocks)]


def _serialize(msg, opts, unixfrom):
    """The message (headers, blank line, body) as a list of str pieces."""
    sep = opts.policy.linesep
    source, body = _body_pieces(msg, opts)
    out = []
    if unixfrom:
        line = msg.get_unixfrom() or 'From nobody ' + _ctime()
        out.append(line + sep)
    out.extend(_header_lines(source, opts))
    out.append(sep)
    out.extend(body)
    return out


def _ctime():
    import time
    return time.ctime(time.time())


class Generator:
    """Writes a message tree as text to a file-like object."""

    _binary = False

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *,
                 policy=None):
        self._fp = outfp
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        default_mangle = True if policy is None else policy.mangle_from_
        self._mangle_from_ = (default_mangle if mangle_from_ is None
                              else mangle_from_)

    def write(self, s):
        self._fp.write(s)

    def _run_policy(self, msg, linesep):
        overrides = {}
        if linesep is not None:
            overrides['linesep'] = linesep
        if self.maxheaderlen is not None:
            overrides['max_line_length'] = self.maxheaderlen
        base = self.policy or msg.policy
        return base.clone(**overrides) if overrides else base

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (and its subparts) to the output file."""
        opts = _Options(self._run_policy(msg, linesep), self._mangle_from_,
                        self._binary)
        self.write(''.join(_serialize(msg, opts, unixfrom)))

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    @classmethod
    def _make_boundary(cls, text=None):
        return _fresh_boundary([text or ''])


class BytesGenerator(Generator):
    """Writes a message tree as bytes; 8-bit data is passed through when
    the policy's cte_type is '8bit'."""

    _binary = True

    def write(self, s):
        data = s.encode('ascii', 'surrogateescape')
        self._fp.write(data)


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


def _summary_fields(part):
    """Values available to DecodedGenerator's format string."""
    maintype, _, subtype = part.get_content_type().partition('/')
    return dict(
        type=maintype + '/' + subtype, maintype=maintype, subtype=subtype,
        filename=part.get_filename('[no filename]'),
        description=part.get('Content-Description', '[no description]'),
        encoding=part.get('Content-Transfer-Encoding', '[no encoding]'))


class DecodedGenerator(Generator):
    """Writes the text parts of a message; other parts are summarised
    with a format string."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen,
                           policy=policy)
        self._fmt = fmt or _FMT

    def flatten(self, msg, unixfrom=False, linesep=None):
        opts = _Options(self._run_policy(msg, linesep), self._mangle_from_,
                        False)
        sep = opts.policy.linesep
        out = []
        if unixfrom:
            out.append((msg.get_unixfrom() or 'From nobody ' + _ctime())
                       + sep)
        out += _header_lines(msg, opts) + [sep]
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'multipart':
                continue
            if kind == 'text':
                line = str(part.get_payload(decode=False))
            else:
                line = self._fmt % _summary_fields(part)
            out.append(line + '\n')
        self.write(''.join(out))
