"""Exception and defect classes used throughout the email package."""


class MessageError(Exception):
    """Root of all email package exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary was malformed or missing."""


class MultipartConversionError(MessageError, TypeError):
    """A payload could not be turned into a multipart."""


class CharsetError(MessageError):
    """An unusable character set name was given."""


# ---------------------------------------------------------------------------
# Defects: problems noticed while parsing.  They are recorded on the message
# (msg.defects) rather than raised, unless the policy asks for raising.

class MessageDefect(ValueError):
    """Base class for a problem found in a parsed message."""

    def __init__(self, line=None):
        ValueError.__init__(self, *(() if line is None else (line,)))
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """multipart content type without a boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The declared boundary never appeared."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """The final boundary marker was missing."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line was indented."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' envelope line showed up among the headers."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A non-header line appeared before the blank separator line."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """Content type says multipart but the payload is not a list."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart carried an encoding other than 7bit/8bit/binary."""


class UndecodableBytesDefect(MessageDefect):
    """Bytes that could not be decoded were found."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 text had the wrong amount of padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 text contained characters outside the alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 text had an impossible number of characters."""


class HeaderDefect(MessageDefect):
    """Base class for defects found inside a header value."""


class InvalidHeaderDefect(HeaderDefect):
    """Header value is not syntactically valid."""


class HeaderMissingRequiredValue(HeaderDefect):
    """Header needs a value that is not there."""


class NonPrintableDefect(HeaderDefect):
    """ASCII control characters found in a header."""

    def __init__(self, non_printables):
        HeaderDefect.__init__(self, non_printables)
        self.non_printables = self.args[0]

    def __str__(self):
        prefix = "the following ASCII non-printables found in header: "
        return prefix + str(self.non_printables)


class ObsoleteHeaderDefect(HeaderDefect):
    """Obsolete but still accepted syntax was used."""


class NonASCIILocalPartDefect(HeaderDefect):
    """Local part of an address holds non-ASCII characters."""


class InvalidDateDefect(HeaderDefect):
    """A date header could not be interpreted."""
