# str.splitlines with every boundary, expandtabs, zfill, partition, removeprefix and friends.
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print('x\r\r\ny\n\n'.splitlines(), ''.splitlines(), '\n'.splitlines(keepends=True), 'no newline'.splitlines())
print('a\tb\tc'.expandtabs(), 'a\tbb\tccc\t'.expandtabs(4), '\t'.expandtabs(0), 'ab\tc\nd\te'.expandtabs(3), 'x\ty'.expandtabs(tabsize=1))
print('x\r\ty'.expandtabs(4), repr('\t'.expandtabs(-1)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '-'.zfill(3), ''.zfill(2), 'abc'.zfill(6), '--1'.zfill(4), '42'.zfill(-1))
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'), ''.partition('x'))
try:
    'abc'.partition('')
except Exception as e:
    print(type(e).__name__, e)
print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'file.py'.removesuffix('.py'), 'x'.removesuffix(''), ''.removeprefix('a'))
try:
    'x'.removeprefix(None)
except Exception as e:
    print(type(e).__name__, e)
print('ab'.center(6, '*'), 'abc'.center(6, '*'), 'ab'.center(5, '*'), 'ab'.ljust(4, 'é'), 'ab'.rjust(4), 'ab'.center(0))
try:
    'ab'.center(5, '**')
except Exception as e:
    print(type(e).__name__, e)
print(' a  b '.split(), ' a  b '.split(' '), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1))
print('a\u2003b\x1cc'.split(), '  '.split(), ''.split(','), 'abc'.split('abc'), 'aXbXc'.split(sep='X', maxsplit=-1))
try:
    'a'.split('')
except Exception as e:
    print(type(e).__name__, e)
print('  hi  '.strip(), 'xxhixx'.strip('x'), '\u3000hi\x85'.strip(), 'abcba'.strip('ab'), 'hi'.lstrip(''), 'hi'.rstrip(None))
print('Hello World'.swapcase(), 'hello world'.title(), "they're bill's friends".title(), 'HELLO'.capitalize(), 'ǆungla'.title())
print('ab'.count(''), 'aaa'.count('aa'), 'abcabc'.find('c', -2), 'abc'.find('', 10), 'abc'.find('', 3), 'abc'.rfind(''))
print('a%sb'.replace('%s', 'X'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '.'), 'abc'.replace('', '.', 2), 'aaa'.replace('a', 'b', -1))
print('abc'.startswith(('x', 'a')), 'abc'.endswith(('c',), 0, 2), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
try:
    'abc'.startswith(['a'])
except Exception as e:
    print(type(e).__name__, e)
for f in [lambda: 'abc'.index('d'), lambda: 'abc'.rindex('d'), lambda: ','.join([1]), lambda: 'a'.join('xyz'), lambda: 'x' * 'y']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
