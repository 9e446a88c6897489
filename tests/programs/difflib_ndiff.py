import difflib
from difflib import Differ, ndiff

def show(a, b, **kw):
    out = list(ndiff(a, b, **kw))
    print(''.join(x if x.endswith('\n') else x + '$\n' for x in out), end='')
    print('--')

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
print(''.join(d.compare(text1, text2)), end='')
print('--')
show(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])
show(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])
show(['\tabc\n'], ['\tabd\n'])
show(['a\tb c\n'], ['a\tb  c\n'])
show(['x'], ['y'])
show([], ['new\n'])
show(['old\n'], [])
show([], [])
show(['same\n'] * 3, ['same\n'] * 3)
show(['totally different\n', 'lines here\n'], ['nothing\n', 'in\n', 'common\n'])
show(['a\n', 'b\n', 'c\n'], ['c\n', 'b\n', 'a\n'])
show(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'])
show(['# comment\n', 'code\n', '\n', 'more\n'], ['code\n', '\n', '# comment\n', 'more code\n'],
     linejunk=difflib.IS_LINE_JUNK)
show(['hello world\n'], ['hello  world\n'], charjunk=None)
show(['the quick brown fox\n', 'jumps over\n', 'the lazy dog\n'],
     ['the quick brown cat\n', 'leaps over\n', 'the lazy dog\n', 'again\n'])
show(['aaa\n', 'bbb\n', 'ccc\n', 'ddd\n'], ['aaa\n', 'bxb\n', 'ccc\n', 'dd\n', 'eee\n'])
show(['abc\n', 'abc\n', 'xyz\n'], ['xyz\n', 'abc\n', 'abd\n'])
show(list('abcdef'), list('abXdeY'))
show(['1234567890\n', 'abcdefghij\n'], ['abcdefghij\n', '1234567890\n'])
show(['line one\n', 'line two\n'], ['line one\n', 'line 2\n', 'line three\n'])
print(list(Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['ab c'], ['ab  c'])))
print(list(difflib.ndiff(['x\n'], ['x\n'])))
