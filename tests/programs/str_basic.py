# String indexing, slicing, len, in, concatenation, comparisons, ord/chr.
s = 'Hello, World'
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[1:5], s[:5], s[7:], s[-5:], s[:-7], s[::2], s[::-1], s[1:10:3], s[10:1:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]), s[::-3])
u = 'héllo wörld ñ 日本語 ✓'
print(len(u), u[1], u[-1], u[-3:], u[::-1], u.upper())
print(len(''), len('é'), len('日本'), len('a\tb\n'))
print('lo' in s, 'xyz' in s, '' in s, 'H' not in s, 'é' in u)
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -1, '' * 10)
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', 'a' == 'a', 'abc' != 'ABC', 'é' > 'z')
print(max('hello'), min('hello'), sorted('banana'), list('abc'))
print(ord('a'), ord('A'), ord('é'), ord('日'), ord('\n'), ord('✓'))
print(chr(97), chr(233), chr(26085), chr(10003), repr(chr(0)), repr(chr(127)))
print(str(123), str(-4.5), str([1, 'a']), str(None), str('x'))
for i, ch in enumerate('abc'):
    print(i, ch, end=' ')
print()
t = ''
for ch in 'stressed':
    t = ch + t
print(t)
print('a,b,,c'.split(','), 'x'.join(['1', '2', '3']))
print(s.find('o'), s.rfind('o'), s.count('l'), s.index('W'))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'h'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
print('abc'[True], 'abc'[-True])
words = ['pear', 'Apple', 'banana', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print('%s has %d chars' % (u, len(u)))
print('a' 'b' 'c', '''tri
ple''')
print('\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}', '\x41\x42', '\101', 'a\\b')
print(r'raw\n', len(r'\n'), len('\n'))
