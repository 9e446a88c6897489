"""Command-line option parsing in the style of C's getopt().

getopt() stops at the first non-option argument (POSIX); gnu_getopt() lets
options and operands mix (GNU), unless the short-option string starts with
'+' or POSIXLY_CORRECT is set in the environment.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


# Raised for unknown options or a missing/unexpected option argument.
class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError     # older name


def _short_table(spec):
    # letter -> does it take an argument?  (a trailing ':' says yes)
    table = {}
    for i, ch in enumerate(spec):
        if ch != ':':
            table.setdefault(ch, spec[i + 1:i + 2] == ':')
    return table


def _long_table(longopts):
    # [(name, takes_argument), ...] in the caller's order
    spelled = [longopts] if isinstance(longopts, str) else longopts
    return [(o[:-1], True) if o.endswith('=') else (o, False) for o in spelled]


def _match_long(typed, table):
    """Resolve a possibly abbreviated long name to (name, takes_argument)."""
    exact = [takes for name, takes in table if name == typed]
    if exact:
        return typed, all(exact)
    hits = [entry for entry in table if entry[0].startswith(typed)]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise GetoptError(f'option --{typed} not a unique prefix', typed)
    raise GetoptError(f'option --{typed} not recognized', typed)


def _scan(args, shortopts, longopts, mixed):
    """Walk `args`; return (pairs, operands).

    With `mixed` false, scanning ends at the first operand and the operands
    are the untouched rest of `args` (same sequence type); otherwise operands
    are collected into a list as they are met.
    """
    letters = _short_table(shortopts)
    names = _long_table(longopts)
    pairs = []
    loose = []
    pos = 0
    while pos < len(args):
        arg = args[pos]
        pos += 1
        if arg == '--':
            break
        if arg.startswith('--'):
            typed, eq, value = arg[2:].partition('=')
            name, wants = _match_long(typed, names)
            if not wants:
                if eq:
                    raise GetoptError(f'option --{name} must not have an argument', name)
                value = ''
            elif not eq:
                if pos == len(args):
                    raise GetoptError(f'option --{name} requires argument', name)
                value = args[pos]
                pos += 1
            pairs.append(('--' + name, value))
        elif arg[:1] == '-' and arg != '-':
            cluster = arg[1:]
            while cluster:
                ch, cluster = cluster[0], cluster[1:]
                if ch not in letters:
                    raise GetoptError(f'option -{ch} not recognized', ch)
                value = ''
                if letters[ch]:
                    if cluster:
                        value, cluster = cluster, ''
                    elif pos < len(args):
                        value = args[pos]
                        pos += 1
                    else:
                        raise GetoptError(f'option -{ch} requires argument', ch)
                pairs.append(('-' + ch, value))
        elif mixed:
            loose.append(arg)
        else:
            pos -= 1
            break
    if mixed:
        return pairs, loose + list(args[pos:])
    return pairs, args[pos:]


def getopt(args, shortopts, longopts=[]):
    """Parse `args` (normally sys.argv[1:]) and return (options, remaining).

    shortopts is a string of option letters, a letter followed by ':' taking
    an argument; longopts lists long names, a trailing '=' marking those that
    take an argument.  Long options may be abbreviated to a unique prefix.
    Parsing stops at the first non-option argument or at '--'.
    Raises GetoptError on bad input.
    """
    return _scan(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow operands (GNU style)."""
    mixed = True
    if shortopts[:1] == '+':
        shortopts = shortopts[1:]
        mixed = False
    elif os.getenv("POSIXLY_CORRECT"):
        mixed = False
    pairs, rest = _scan(args, shortopts, longopts, mixed)
    return pairs, list(rest)


if __name__ == '__main__':
    import sys
    # A quick try-out: `python -m getopt -v -o out.txt --size=3 file`.
    print(gnu_getopt(sys.argv[1:], 'vo:', ['size=', 'verbose']))
