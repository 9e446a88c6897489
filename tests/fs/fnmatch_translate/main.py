# fnmatch.translate: the exact regular-expression text CPython 3.12 produces.
import fnmatch

patterns = [
    '', 'abc', '*', '**', '***', '?', '??', '*.py', 'a*', '*a', '*a*', 'a*b', 'a*b*c',
    'a*b*c*', '*a*b*', '**a**b**', '*?*', '?*?', 'x*?y', '[abc]', '[!abc]', '[a-z]',
    '[!a-z]', '[a-z0-9_]', '[]]', '[!]]', '[]a]', '[!]a]', '[]-a]', '[!]-a]', '[',
    '[a', '[!', '[!a', ']', 'a]', '[]', '[!]', '[!]x', '[][]', '[[]', '[[a]', '[^a]',
    '[!^a]', '[^-a]', '[a^]', '[-]', '[--]', '[---]', '[----]', '[-a]', '[!-a]',
    '[a-]', '[!a-]', '[a-b-]', '[ab-]', '[a-c-e]', '[a-c-e-g]', '[--0]', '[!--0]',
    '[z-a]', '[!z-a]', '[z-a-b]', '[a-cz-b]', '[z-a!]', '[z-a!b]', '[z-a^b]',
    '[z-a[b]', '[z-a]]', '[b-a-c]', '[a-a]', '[\\]', '[\\-z]', '[a-\\]', '[\\\\]',
    '[&&]', '[a&&b]', '[~~]', '[||]', '[a|b]', '[&-~]', '[*]', '[?]', '[*-?]',
    '[é-ü]', 'é*ü', '\n', '\t\r\x0b\x0c', ' ', '#x y', 'a.b', 'a+b', '(a)', '{1,2}',
    '^$', '\\', '\\*', 'a|b', '~', '&', '%', '"\'', ',;:=<>@`', '/', 'dir/*.c',
    '*/[a-c]?/**', '[!.]*', '.*', '[.]x', '[[:alpha:]]', '[a-z]*[0-9]?x',
]
for pat in patterns:
    print(repr(pat), repr(fnmatch.translate(pat)))

print('--- results also match like the regex')
names = ['', 'a', 'ab', 'abc', 'b', 'x.py', ']', '-', '[', '!', '^', 'ba', 'a]', 'é']
for pat in ['[]a]', '[!]a]', '[-a]', '[a-]', '[!]', '[z-a]', '[!z-a]', '[^a]', '*a*',
            'a*b*c', '[a-c-e]', '[z-a-b]', '[z-a!b]', '?*', '[', '[]-a]']:
    print(repr(pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
