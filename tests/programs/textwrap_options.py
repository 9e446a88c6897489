# textwrap: TextWrapper options, max_lines/placeholder, shorten, fill, dedent, indent.
import textwrap
from textwrap import TextWrapper, dedent, indent, shorten

text = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It runs everywhere.  Really! It is \"fun.\" Yes.")


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(textwrap.__all__)
show('fill 30', lambda: textwrap.fill(text, 30))
show('indents', lambda: textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
show('big indent', lambda: textwrap.wrap('abcdef ghi', 4, initial_indent='-----'))
show('sentences', lambda: textwrap.fill(text, 40, fix_sentence_endings=True))
show('sentence chunks', lambda: TextWrapper(fix_sentence_endings=True).wrap('a. b? c! d" e.\' F. g.x h.'))
for n in (1, 2, 3):
    show(f'max_lines {n}', lambda: textwrap.wrap(text, 25, max_lines=n))
show('placeholder', lambda: textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
show('placeholder long', lambda: textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=2, placeholder=' [more]'))
show('placeholder prev', lambda: textwrap.wrap('aa bbbbbbbbb cc', 9, max_lines=2, placeholder=' ..'))
show('placeholder too big', lambda: textwrap.wrap(text, 5, max_lines=1, placeholder=' [......]'))
show('max_lines exact', lambda: textwrap.wrap('one two three', 7, max_lines=2))
show('max_lines ws', lambda: textwrap.wrap('one two   ', 7, max_lines=1))
show('max_lines nodrop', lambda: textwrap.wrap('one two   ', 7, max_lines=1, drop_whitespace=False))
show('width 0', lambda: textwrap.wrap('x', 0))
show('width neg', lambda: TextWrapper(width=-1).wrap('x'))
show('empty', lambda: (textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('\n\n')))
show('no drop', lambda: textwrap.wrap('  hello   world  ', 8, drop_whitespace=False))
show('drop', lambda: textwrap.wrap('  hello   world  ', 8))
show('tabs', lambda: textwrap.wrap('a\tb\tc\td', 80))
show('tabsize', lambda: textwrap.wrap('a\tb\tc', 80, tabsize=4))
show('no expand', lambda: textwrap.wrap('a\tb c', 80, expand_tabs=False))
show('no replace', lambda: textwrap.wrap('a\tb\nc\rd', 80, replace_whitespace=False, expand_tabs=False))
show('no replace newline', lambda: textwrap.wrap('line one\nline two', 10, replace_whitespace=False))
tw = TextWrapper(width=12, max_lines=3, placeholder='~')
print(sorted(vars(tw).items()))
tw.width = 20
show('attr change', lambda: tw.fill(text))

show('shorten', lambda: shorten(text, 40))
show('shorten fits', lambda: shorten('  Hello   world!  ', 12))
show('shorten ph', lambda: shorten('Hello world!', 11, placeholder='...'))
show('shorten small', lambda: shorten('Hello world!', 3))
show('shorten long word', lambda: shorten('Supercalifragilistic is long', 15))
show('shorten unicode ws', lambda: shorten('a\u3000b\u2003c  d', 20))

for sample in ['    a\n    b\n      c\n', '\ta\n\t\tb\n', '  x\n\ty\n', '  a\n   \n  b',
               '\n\n  a\n\n  b\n', '  \t a\n  \t b\n  \tc', 'no indent\n  here', '   only\n',
               '  a\r\n  b\r\n', '    \n  x\n  ', ' \x0ba\n b', '']:
    print(repr(sample), repr(dedent(sample)))

print(repr(indent('a\nb\n\n  \nc', '> ')))
print(repr(indent('a\r\nb\rc\u2028d', '+')))
print(repr(indent('a\n\nb', '# ', lambda line: True)))
print(repr(indent('keep\nskip\nkeep', '> ', lambda line: 'keep' in line)))
print(repr(indent('', 'x')))


class Upper(TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=10).wrap('make this loud please'))
print(TextWrapper.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
