# string.Template with custom `pattern` strings and unusual id patterns: which groups are
# consulted and when, error line/column counting, mapping fallbacks, pattern flags.
import re
from string import Template


def show(label, f):
    try:
        print(label, repr(f()))
    except ValueError as e:
        # The unrecognized-group error carries the compiled pattern; print only its text.
        print(label, 'ValueError', e.args[0])
    except Exception as e:
        print(label, type(e).__name__, e)


show('flags', lambda: (Template.flags, Template.pattern.flags, type(Template.pattern).__name__))


class At(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'


show('at', lambda: (At.pattern.flags, At('@a @@ @{b}').substitute(a=1, b=2),
                    At('@a @').is_valid(), At('@A @{b} @a @@').get_identifiers()))
show('at bad', lambda: At('x\n\n ab@').substitute())


class NoBraced(Template):
    # Verbose mode: the spaces are ignored. There is no braced or invalid group.
    pattern = r'@ (?P<named>[a-z]+) | (?P<escaped>@@) '


for meth in ('substitute', 'safe_substitute', 'is_valid', 'get_identifiers'):
    show('nobraced ' + meth,
         lambda: getattr(NoBraced('@ab @@'), meth)(**({'ab': 1} if 'sub' in meth else {})))
    show('nobraced named only ' + meth,
         lambda: getattr(NoBraced('@ab x'), meth)(**({'ab': 1} if 'sub' in meth else {})))


class EmptyName(Template):
    idpattern = '[a-z]*'


for meth in ('substitute', 'safe_substitute', 'is_valid', 'get_identifiers'):
    show('empty ' + meth, lambda: getattr(EmptyName('$ x'), meth)())


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


show('__missing__', lambda: Template('$a $b').substitute(Missing(), b=1))
show('keyerror both', lambda: Template('$a').substitute({}, b=1))
show('kw wins', lambda: Template('$a').substitute(Missing(), a=1))
show('None unused', lambda: Template('abc').substitute(None))
show('None used', lambda: Template('$a').substitute(None))
show('None safe', lambda: Template('$a').safe_substitute(None, b=2))
for text in ['x\n$', 'ab\r\x0c$', '$', '\n$', 'ab\n\ncd $?', '\x1c\x1d$ ', 'éé\u2028$',
             'a\r\n$1']:
    show(repr(text), lambda: Template(text).substitute())
try:
    class TrailingComment(Template):
        idpattern = r'[a-z]+  # a comment with no newline after it'
    print('trailing comment compiled')
except re.error:
    print('trailing comment: re.error')


class CommentLine(Template):
    idpattern = '[a-z]+  # a comment on its own line\n'


show('comment line', lambda: CommentLine('$ab ${cd} $$').substitute(ab=1, cd=2))


class SpacedBraces(Template):
    braceidpattern = r'[a-z ]+'
    flags = 0


show('spaced braces', lambda: SpacedBraces('${a b} $c $C').safe_substitute({'ab': 1, 'c': 3}))


class Hash(Template):
    delimiter = '#'


show('hash delim', lambda: Hash('#x ## #{y} # z').safe_substitute(x=1, y=2))


class Space(Template):
    delimiter = ' '


show('space delim', lambda: Space('a  b x').safe_substitute(x=1))


class BadStr:
    def __str__(self):
        raise KeyError('boom')


show('str raises KeyError', lambda: Template('$a').safe_substitute(a=BadStr()))
show('bytes template', lambda: Template(b'$a').substitute(a=1))
show('instance dict', lambda: vars(Template('q')))
show('subclass pattern', lambda: (At.pattern.pattern[:3], Template.pattern is not At.pattern))
