# String methods.
s = '  Hello World  '
print(repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('\t\n a \r\n'.strip()))
print('a b  c'.split(), 'a b  c'.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('  lead and trail  '.split(), ''.split(), ''.split(','), 'abc'.split('abc'))
print('a-b-c-d'.rsplit('-'), 'a-b-c-d'.rsplit('-', 2), 'a b c'.split(None, 1))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '|'.join(('1',)))
print('banana'.replace('a', 'o'), 'banana'.replace('a', 'o', 2), 'aaa'.replace('', '-'), 'x'.replace('y', 'z'))
print('banana'.find('an'), 'banana'.find('an', 2), 'banana'.find('x'), 'banana'.rfind('an'), 'banana'.find(''))
print('banana'.index('n'), 'banana'.rindex('n'), 'banana'.count('a'), 'banana'.count('an'), 'aaaa'.count('aa'))
print('hello'.startswith('he'), 'hello'.startswith(('x', 'h')), 'hello'.endswith('lo'), 'hello'.startswith('l', 2))
print('123'.isdigit(), '12a'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'ab1'.isalpha(), 'é'.isalpha())
print(' \t\n'.isspace(), ''.isspace(), 'a '.isspace(), 'abc1'.isalnum(), 'ABC'.isupper(), 'abc'.islower())
print('hello world foo'.title(), "they're bill's".title(), 'hELLO'.capitalize(), 'hELLO'.swapcase())
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(2)), repr('a'.center(4, '-')))
print(repr('ab'.ljust(5)), repr('ab'.rjust(5)), repr('ab'.ljust(5, '.')), repr('ab'.rjust(1)))
print('42'.zfill(5), '-42'.zfill(5), '+3'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('key=value=x'.partition('='), 'novalue'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('x'))
print('line1\nline2\r\nline3'.splitlines(), 'a\n\nb\n'.splitlines(), 'x\ny'.splitlines(True), ''.splitlines())
print('{} and {}'.format('a', 'b'), '{1}{0}'.format('x', 'y'), '{name}!'.format(name='hi'))
print('Straße'.upper(), 'ÀÉÎ'.lower(), 'ǅ'.lower(), 'ß'.upper(), len('ß'.upper()))
print('a\tb'.expandtabs(4), repr('abc'.casefold()), 'Hello'.casefold() == 'hello')
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
print('abc'.encode(), 'é'.encode() == b'\xc3\xa9', len('日本'.encode()))
print('one two three'.split(' ', -1))
print('Mississippi'.upper().lower().title().swapcase())
print(' x '.strip() == 'x', 'abc'.istitle(), 'Abc Def'.istitle(), '٣'.isdigit(), '½'.isnumeric(), '3'.isdecimal())
print('x'.join('abc'), 'tab\tsep'.split('\t'), 'CSV,,row'.split(','))
print('%s' % 'abc'.upper().center(9, '='))
try:
    'abc'.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'a'.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'ab'.center(5, 'xy')
except TypeError as e:
    print(type(e).__name__, e)
