import shlex
from io import StringIO

def toks(text, **kw):
    opts = {k: kw.pop(k) for k in list(kw) if k in ('posix', 'punctuation_chars')}
    lx = shlex.shlex(text, **opts)
    for k, v in kw.items():
        setattr(lx, k, v)
    try:
        return list(lx)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

texts = [
    'a && b || c; d > e < f',
    'foo(bar)|baz&qux',
    'ls -la /tmp/x.txt *.py ~/dir a=b',
    "echo 'hi there' \"x y\" z",
    'x # comment\ny',
    'a#b\nc',
    'word1,word2;word3',
    '12.5 + 3*4 - (x/y)',
    'a\\ b "c\\"d"',
    ';;; (( ))',
    '"unterminated',
    'ends with escape\\',
]
for text in texts:
    print(repr(text))
    print('  default   ', toks(text))
    print('  posix     ', toks(text, posix=True))
    print('  punct     ', toks(text, punctuation_chars=True))
    print('  punct+ws  ', toks(text, posix=True, punctuation_chars=True, whitespace_split=True))
    print('  ws        ', toks(text, whitespace_split=True))
    print('  custom    ', toks(text, posix=True, punctuation_chars='|;', commenters=''))

lx = shlex.shlex('one two\nthree "four five"\n  six', posix=True)
print(lx.punctuation_chars == '', lx.eof, lx.lineno, lx.infile)
while True:
    tok = lx.get_token()
    if tok == lx.eof:
        break
    print(repr(tok), lx.lineno, lx.error_leader(), lx.error_leader('f.txt', 9))
lx = shlex.shlex('a b c')
print(lx.eof == '', lx.get_token())
lx.push_token('pushed')
lx.push_token('again')
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()))

lx = shlex.shlex(StringIO('x y'), infile='main.sh')
print(lx.get_token(), lx.error_leader())
lx.push_source('inner1 inner2', 'inner.sh')
print(lx.infile, lx.lineno, lx.get_token(), lx.get_token(), lx.get_token(), lx.infile)
print(repr(lx.get_token()))

lx = shlex.shlex('a$b c', posix=True)
lx.wordchars += '$'
print(list(lx))
lx = shlex.shlex("a 'b c' d", posix=True)
lx.quotes = '"'
print(list(lx))
lx = shlex.shlex('a^ b^c "q^"r" \'s^\'t\' "u^^v^w"', posix=True)
lx.escape = '^'
lx.escapedquotes = '"\''
print(list(lx))
lx = shlex.shlex('a:b:c', posix=True)
lx.whitespace = ':'
print(list(lx))
lx = shlex.shlex('x ; y', punctuation_chars=True)
print(lx.wordchars)
print(shlex.shlex('', posix=True).wordchars)
try:
    lx.punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError')
print(list(shlex.shlex('a "" b', posix=True)), list(shlex.shlex("'' ''", posix=True)))
print(list(shlex.shlex('"a"b\'c\'', posix=False)))
