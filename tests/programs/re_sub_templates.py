# sub/subn: templates with group references and escapes, callables, count, errors.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>=\g<a>', 'x=1 y=2'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'a', r'\n\t\\x', 'aa'))
print(repr(re.sub(r'a', r'\0\07\101\1010', 'a')) if False else repr(re.sub(r'a', r'\101\0\07-', 'a')))
print(re.sub(r'(a)', r'[\10]', 'a') if False else re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x', r'\&\-\#', 'x'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''), re.sub('', '-', 'ab'))
print(re.sub(r'\s+', ' ', '  a  b\t\nc  '))
print(re.subn(r'o', '0', 'foo boo', count=3))
print(re.subn(r'o', '0', 'foo boo', 2), re.subn(r'z', '0', 'foo'))
print(re.sub(r'o', '0', 'foo', 0), re.sub(r'o', '0', 'foo', -1))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper() if m.start() else None, 'ab cd'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello'))
print(re.sub(r'(a)(b)?', r'<\2>', 'a ab'))
print(re.sub(r'(?P<x>.)', r'\g<x>\g<x>', 'xy'))
print(re.compile(r'(\d)').sub(r'<\1>', 'a1b2', 1))
print(re.sub('a', 'b', 'aaa', flags=re.I), re.sub('A', 'b', 'aAa', 0, re.I))
m = re.search(r'(?P<n>\d+)-(\d+)', 'id 12-34')
print(m.expand(r'\2:\g<n>:\g<0>'), repr(m.expand(r'\n')))
print(re.sub(r'(a)|(b)', r'\1\2.', 'ab'))
print(re.sub(r'', lambda m: str(m.start()), 'abc'))
for repl in [r'\2', r'\g<2>', r'\g<x>', r'\g<', r'\g<>', r'\g<1a>', r'\g<-1>', r'\q',
             r'\g', '\\', r'\g<a', r'\400', r'\g<99999999999>', r'\9', r'\g<１>']:
    try:
        print(repr(repl), repr(re.sub(r'(a)', repl, 'a')))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
for call in [lambda: re.sub('a', b'x', 'abc'), lambda: re.sub('a', 5, 'abc'),
             lambda: re.sub('(a)', lambda m: 5, 'xabc'), lambda: re.sub('a', 'x', 5),
             lambda: re.sub(b'a', 'x', b'abc'), lambda: re.sub('a', r'\1', 'zzz'),
             lambda: re.subn('a', 'b', 'a', 'x')]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'unchanged'
print(re.sub('z', 'y', s) is s, re.sub('z', lambda m: 'y', s) is s)
