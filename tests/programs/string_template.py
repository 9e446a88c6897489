# string.Template: substitute, safe_substitute, errors, identifiers, custom delimiters
# and idpatterns in subclasses.
import string
from string import Template


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = Template('$who likes $what; ${who}s pay $$10 for ${what}!')
show('sub', lambda: t.substitute(who='tim', what='kung pao'))
show('sub map', lambda: t.substitute({'who': 'ann', 'what': 'tea'}))
show('sub both', lambda: t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
show('sub missing', lambda: t.substitute(who='tim'))
show('safe', lambda: t.safe_substitute(who='tim'))
show('safe none', lambda: t.safe_substitute())
show('template attr', lambda: t.template)
for text in ['$', 'abc $', '$ x', '$1', '${', '${}', '${a', '${ a}', '$$', '$$$', '$$$a',
             'line1\nline2 $!', '\n\n  $3x', 'ok $a_b1 $_ $A', '$a.b', '${a}b', '$ab-c',
             'x\r\ny $-', '$é', '${é}', 'tail $']:
    tt = Template(text)
    show(repr(text), lambda: (tt.safe_substitute(a='A', a_b1='AB', _='U', A='up', ab='AB'),
                              tt.is_valid(), tt.get_identifiers()))
    show('  strict', lambda: tt.substitute(a='A', a_b1='AB', _='U', A='up', ab='AB', é='e'))
show('ids', lambda: Template('$a $b ${a} $$c ${d}').get_identifiers())
show('non-str value', lambda: Template('$n/$f/$l').substitute(n=1, f=2.5, l=[1]))
show('key error', lambda: Template('${x}').substitute({}))
show('positional 2', lambda: Template('$x').substitute({}, {}))
show('self kw', lambda: Template('$self $mapping').substitute(self=1, mapping=2))
print(Template.delimiter, Template.idpattern, Template.braceidpattern)


class Percent(Template):
    delimiter = '%'


show('percent', lambda: Percent('%who owes %%%amount').substitute(who='bob', amount=5))


class Dollars(Template):
    delimiter = '$$'


show('two-char delim', lambda: Dollars('$$x and $x and $$$$').safe_substitute(x=1))


class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*'


show('dotted', lambda: Dotted('$user.name is ${user.age}').substitute({'user.name': 'N', 'user.age': 3}))


class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'


show('case', lambda: CaseSensitive('$abc $ABC $aBc').safe_substitute(abc=1, ABC=2, a=3))


class Braces(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9 ]*)'


show('braceid', lambda: Braces('${two words} $one ${x}').substitute({'two words': 2, 'one': 1, 'x': 'X'}))
show('braceid bad', lambda: Braces('$two words').substitute({'two words': 2}))


class Digits(Template):
    idpattern = r'\d+'


show('digits', lambda: Digits('$1 and ${22} and $x').safe_substitute({'1': 'one', '22': 'tt'}))


class LetterDelim(Template):
    delimiter = 'A'
    idpattern = '[a-z]+'


show('letter delim', lambda: LetterDelim('Aname aname Aa').safe_substitute(name='N', a='x'))


class Verbose(Template):
    idpattern = r'''
        [a-z]    # first
        [a-z0-9]{0,2}   # then at most two more
    '''


show('verbose', lambda: Verbose('$abcd $ab9').safe_substitute(abc='3', ab9='Z'))


class Unicode(Template):
    idpattern = r'\w+'


show('unicode ids', lambda: Unicode('$héllo $wörld_2').safe_substitute({'héllo': 'hi', 'wörld_2': 'w'}))
show('capwords', lambda: [string.capwords(' hello  world\tfoo '), string.capwords('a-b-c', '-'),
                          string.capwords('ABC def', None), string.capwords('', ','),
                          string.capwords('x,,y', ',')])
print(string.whitespace == ' \t\n\r\x0b\x0c', string.ascii_letters, string.digits, string.hexdigits,
      string.octdigits, string.punctuation, string.printable == string.digits + string.ascii_letters
      + string.punctuation + string.whitespace, len(string.printable))
print(sorted(string.__all__))
