import shlex

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

cases = [
    'a b c',
    '  leading   and trailing  ',
    "foo 'bar baz' \"qu ux\"",
    'a"b"c d\'e\'f',
    r'escaped\ space x\"y',
    r'"a \" b" "c \\ d" "e \$ f"',
    r"'single \ no escape'",
    'x#not comment y',
    'x # comment\ny',
    '',
    '""',
    "'' b ''",
    'a\tb\nc\rd',
    'ls -l | grep "x y" > out.txt',
    'echo $HOME ~user a=b',
    'ßàá über naïve',
    "it's",
    'a "unterminated',
    'trailing\\',
    "'it'\"'\"'s'",
    'a\\\nb',
    '"\\""',
    "'\\''",
]
for c in cases:
    t('split', lambda: shlex.split(c))
    t('split nonposix', lambda: shlex.split(c, posix=False))
    t('split comments', lambda: shlex.split(c, comments=True))
t('none', lambda: shlex.split(None))

for s in ['', 'abc', 'a b', "it's", 'x;y', '$HOME', 'a"b', 'safe-_@%+=:,./chars', 'tab\there', 'é', '-', "'", '\n']:
    print(repr(s), '->', shlex.quote(s))
t('quote bytes', lambda: shlex.quote(b'ab'))
t('quote empty bytes', lambda: shlex.quote(b''))
t('quote int', lambda: shlex.quote(5))
print(shlex.join(['echo', 'hello world', "it's", '', 'x&y']))
print(shlex.split(shlex.join(['echo', 'hello world', "it's", '', 'x&y'])))
t('join bad', lambda: shlex.join(['a', 3]))
print(shlex.__all__)
