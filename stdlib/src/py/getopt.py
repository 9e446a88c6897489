"""Command-line option parsing in the style of C's getopt(), written for pyrs.

getopt() stops at the first non-option argument; gnu_getopt() lets options
and operands mix, as GNU getopt does.
"""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """An option was unknown, or its argument was missing or unexpected."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _long_option(found, text, longopts, rest):
    """Handle '--text' (text without the dashes); return the remaining args."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    name, wants_value = _match_long(name, longopts)
    if wants_value:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name,
                                  name)
            value = rest[0]
            rest = rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    found.append(('--' + name, value or ''))
    return rest


def _match_long(name, longopts):
    """The full option name for a (possibly abbreviated) name, and whether
    it takes a value."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if len(candidates) != 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False


def _short_options(found, letters, shortopts, rest):
    """Handle '-letters'; return the remaining args."""
    pos = 0
    while pos < len(letters):
        letter = letters[pos]
        pos += 1
        if not _short_wants_value(letter, shortopts):
            found.append(('-' + letter, ''))
            continue
        value = letters[pos:]
        if not value:
            if not rest:
                raise GetoptError('option -%s requires argument' % letter,
                                  letter)
            value = rest[0]
            rest = rest[1:]
        found.append(('-' + letter, value))
        break
    return rest


def _short_wants_value(letter, shortopts):
    for index, spec in enumerate(shortopts):
        if spec == letter and spec != ':':
            return shortopts[index + 1:index + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


def getopt(args, shortopts, longopts=[]):
    """Split args (the arguments after the program name) into options and
    the operands that follow them.

    shortopts is a string of option letters, each followed by ':' if it
    takes a value; longopts holds long option names, ending in '=' if they
    take a value (unique prefixes are accepted). Scanning stops at '--' or
    at the first argument that is not an option. The result is the list of
    (option, value) pairs and the list of remaining arguments.
    """
    found = []
    longopts = _as_list(longopts)
    while args and args[0] != '-' and args[0][:1] == '-':
        head = args[0]
        if head == '--':
            args = args[1:]
            break
        if head.startswith('--'):
            args = _long_option(found, head[2:], longopts, args[1:])
        else:
            args = _short_options(found, head[1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow non-option arguments, which are
    collected. Scanning stops at the first non-option argument when
    shortopts starts with '+' or POSIXLY_CORRECT is set in the environment.
    """
    found = []
    operands = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    else:
        in_order = bool(os.environ.get('POSIXLY_CORRECT'))
    while args:
        head = args[0]
        if head == '--':
            operands += args[1:]
            break
        if head[:2] == '--':
            args = _long_option(found, head[2:], longopts, args[1:])
        elif head[:1] == '-' and head != '-':
            args = _short_options(found, head[1:], shortopts, args[1:])
        elif in_order:
            operands += args
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands
