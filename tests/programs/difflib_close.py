import difflib
from difflib import get_close_matches, IS_LINE_JUNK, IS_CHARACTER_JUNK

print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(get_close_matches("wheel", keyword.kwlist))
print(get_close_matches("pineapple", keyword.kwlist))
print(get_close_matches("accept", keyword.kwlist))
print(get_close_matches("abc", ["abd", "abe", "abf", "abg", "xbc"], n=2))
print(get_close_matches("abc", ["abd", "abe", "abf", "abg", "xbc"], n=10, cutoff=0.0))
print(get_close_matches("abc", ["abc", "ABC", "cba"], cutoff=1.0))
print(get_close_matches("", ["", "a"]))
print(get_close_matches("x", []))
print(get_close_matches("hello", ("hallo", "hullo", "help", "shell", "yellow", "hello!")))
for bad in [dict(n=0), dict(n=-1), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        get_close_matches("a", ["a"], **bad)
    except Exception as e:
        print(type(e).__name__, e)

for line in ["", "   ", "#", "  #  ", "\n", " # \n", "##", "x", "# x", "\t#\t\n"]:
    print(repr(line), IS_LINE_JUNK(line))
for ch in [" ", "\t", "\n", "x", ""]:
    print(repr(ch), IS_CHARACTER_JUNK(ch))

# restore
delta = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                           "ore\ntree\nemu\n".splitlines(keepends=True)))
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
for bad in (0, 3, '1', None):
    try:
        list(difflib.restore(delta, bad))
    except Exception as e:
        print(type(e).__name__, e)
print(difflib.__all__)
