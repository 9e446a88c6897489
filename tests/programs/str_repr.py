# repr of strings: quote choice and escapes.
cases = ["it's", 'a"b', 'both \' and "', '\n\t\x00é', 'plain', '', '\\', '\r\x0b\x0c',
         '\x7f\x80\x9f\xa0', 'tab\there', '日本', '\u200b', '\U0001f600',
         "'", '"', "'\"", 'back\\slash\\n', '\x1b[0m', '\xff\u0100', 'é', '\u2028', ' ']
for c in cases:
    print(repr(c), len(c))
print([repr(c) for c in ["x'y", 'x"y']])
print(['a', "b'c", 'd"e', '\n'])
print(('t',), {'k': 'v\n'}, {"q'": '"'})
print(str('a\nb'), repr('a\nb'))
print(ascii('é日\n'), ascii('plain'), ascii("it's"))
print('%r %s' % ('x\ty', 'x\ty'))
print('{!r} {!r}'.format('quote', "it's"), f'{"quote"!r}')
print(repr(repr('a')), repr(str(repr("'"))))
print(repr('\x00\x01\x02\x1f'), repr('\xad'), repr('\u0300'), repr('a\u0301'))
print(repr('\N{NO-BREAK SPACE}'), repr('\u3000'), repr('\ufeff'), repr('\U000e0001'))
print(repr('a' * 3 + "'"), repr('"' + "'" * 2), repr('\\n'), repr('\\'), len(repr('\\')))
print(str(['x\ny', "q'"]), str(("\t",)), str({'\x00': '\xff'}))
print('%r|%s|%a' % ('é\n', 'é\n', 'é\n'))
print('{!r:>12}|{!a:<12}|'.format('ab\tc', 'ñ'))
print(f'{"x"!r:^9}|{"dq\"":>6}|')
print(repr("mix'ed\"q"), repr('only"double'), repr("only'single"))
