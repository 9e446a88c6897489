"""Quoted-printable transport encoding, RFC 1521 / RFC 2045 (CPython's quopri, written for pyrs).

The byte-level codec is binascii's b2a_qp / a2b_qp; this module adds the
file-object interface, a few helpers and the `python -m quopri` command line.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Tell whether the single byte `c` must be written as an =XX escape."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not b' ' <= c <= b'~'


def quote(c):
    """The =XX escape of the single byte `c`."""
    code = ord(c)
    return ESCAPE + HEX[code >> 4:(code >> 4) + 1] + HEX[code & 15:(code & 15) + 1]


def ishex(c):
    """Tell whether the single byte `c` is a hexadecimal digit."""
    return c in b'0123456789abcdefABCDEF' and len(c) == 1


def unhex(s):
    """The integer value of the hexadecimal digits in `s`."""
    total = 0
    for digit in s:
        piece = bytes((digit,))
        assert ishex(piece), 'non-hex digit ' + repr(piece)
        total = total * 16 + int(piece, 16)
    return total


def encode(input, output, quotetabs, header=False):
    """Read binary file `input`, write its quoted-printable form to binary file `output`.

    A true `quotetabs` escapes every space and tab (those ending a line always
    are); a true `header` writes spaces as underscores (RFC 1522).
    """
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file `input`, write the decoded bytes to `output`.

    A true `header` turns underscores into spaces (RFC 1522).
    """
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def _usage(problem):
    import sys
    sys.stderr.write(problem + '\n')
    sys.stderr.write('usage: quopri [-t | -d] [file] ...\n'
                     '-t: quote tabs\n'
                     '-d: decode; default encode\n')
    sys.exit(2)


def main():
    import getopt
    import sys
    try:
        flags, names = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as err:
        _usage(str(err))
    seen = {flag for flag, _ in flags}
    if '-t' in seen and '-d' in seen:
        sys.stderr.write('-t and -d are mutually exclusive\n')
        sys.exit(2)
    sink = sys.stdout.buffer
    failed = 0
    for name in names or ['-']:
        if name == '-':
            source, owned = sys.stdin.buffer, False
        else:
            try:
                source, owned = open(name, 'rb'), True
            except OSError as err:
                sys.stderr.write("%s: can't open (%s)\n" % (name, err))
                failed = 1
                continue
        try:
            if '-d' in seen:
                decode(source, sink)
            else:
                encode(source, sink, '-t' in seen)
        finally:
            if owned:
                source.close()
    if failed:
        sys.exit(failed)


if __name__ == '__main__':
    main()
