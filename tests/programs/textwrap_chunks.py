# textwrap: how text is cut into chunks (hyphens, em-dashes, whitespace), checked on fixed
# and generated strings, then wrapped at several widths.
import textwrap
from textwrap import TextWrapper

w = TextWrapper()
simple = TextWrapper(break_on_hyphens=False)
fixed = [
    "Hello there -- you goof-ball, use the -b option!",
    "the well-known state-of-the-art x-ray e-mail re-do a-b-c ab-c-d",
    "--leading dashes and trailing--",
    "word--word word-- --word a--b 1--2 ,--x !--- x---y",
    "co-operation, self-evident; non-trivial. -minus - dash --",
    "numbers: 1-2 3-4-5 a1-b2 ab-12 12-ab über-cool naïve-ness",
    "under_score-words __init__-x",
    'quote"--"next it\'s--fine & && ?--!',
    "a-b ab-c abc-d abc-de ab-cd a-bc-d",
    "tabs\tand\nnewlines\r\nhere\x0b\x0cend",
    "   leading and trailing spaces   ",
    "",
    "-",
    "--",
    "---x",
    "x-",
    "x--",
    "ab-",
    "ab--",
    "ab-c-",
    "émigré-café—dash ‐ unicode—hyphen",
    "x" * 30 + "-" + "y" * 30,
]
for text in fixed:
    print(repr(text))
    print('  ', w._split(text))
    print('  ', simple._split(text))

state = 7


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n


alphabet = 'ab-- -x1_,.é\t?"'
for _ in range(60):
    text = ''.join(alphabet[rand(len(alphabet))] for _ in range(rand(14) + 1))
    print(repr(text), w._split(text))

sample = ("The quick brown fox -- a well-known, much-loved animal -- jumped over the "
          "extraordinarily-long-hyphenated-compound-word and the supercalifragilisticexpialidocious "
          "dog.  Then\tit\tran away!")
for width in (1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 50, 200):
    print(width, textwrap.wrap(sample, width))
for width in (4, 7, 11):
    print(width, textwrap.wrap(sample, width, break_on_hyphens=False))
    print(width, textwrap.wrap(sample, width, break_long_words=False))
    print(width, textwrap.wrap(sample, width, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap('a-b-c-d-e-f-g-h', 3), textwrap.wrap('----------', 3), textwrap.wrap('ab---------cd', 4))
print(textwrap.wrap('x' * 10 + '-' * 3 + 'y' * 10, 12), textwrap.wrap('-' * 5 + 'abc', 4))
