import shlex
import io

cmds = [
    'ls -la "my dir" \'single q\' back\\ slash',
    'echo "nested \\"quote\\" inside" done',
    "grep -E 'a|b' file.txt # trailing comment",
    'a=1 b="2 3" cmd --opt=val',
    "echo $HOME ${VAR} `tick`",
    'mix"ed"\'quo\'tes',
    '',
    '   ',
    'x "" \'\' y',
    "tab\tseparated\nnewline",
    'unicode "héllo wörld" ✓',
]
for c in cmds:
    for comments in (False, True):
        for posix in (True, False):
            try:
                r = shlex.split(c, comments=comments, posix=posix)
            except ValueError as e:
                r = f"ValueError: {e}"
            print(repr(c)[:30], comments, posix, r)

for bad in ['"unterminated', "'unterminated", 'back\\', 'ok "a\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print("ValueError", posix, e)

print("--- quote/join")
for s in ["simple", "with space", "it's", '"dq"', "", "$var", "a;b", "-n", "tab\t", "é", "@%+=:,./-_", "a*b?"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
args = ["cp", "-r", "source dir", "dest's dir", ""]
j = shlex.join(args)
print(j)
print(shlex.split(j) == args)
try:
    shlex.quote(None)
except TypeError as e:
    print("TypeError", e)
try:
    shlex.split(None)
except Exception as e:
    print(type(e).__name__, e)

print("--- lexer")
lx = shlex.shlex("a = b + 'c d' ; e(f, g)")
print(list(lx))
lx = shlex.shlex("a = b + 'c d' ; e(f, g)", posix=True)
print(list(lx))
lx = shlex.shlex("cmd && other || third; fourth | fifth >> out", punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("a&&b;c", punctuation_chars="&")
print(list(lx))
lx = shlex.shlex("x.y-z/w", posix=True)
lx.wordchars += ".-/"
print(list(lx))
lx = shlex.shlex("one two three", posix=True)
lx.whitespace_split = True
print(lx.get_token(), lx.get_token())
lx.push_token("pushed")
print(lx.get_token(), lx.get_token(), repr(lx.get_token()))
lx = shlex.shlex(io.StringIO("first line\nsecond # comment\nthird"), posix=True)
toks = []
while True:
    t = lx.get_token()
    if t == lx.eof:
        break
    toks.append((t, lx.lineno))
print(toks)
lx = shlex.shlex("a 'b c' d", posix=False)
print(lx.read_token(), lx.read_token(), lx.read_token(), repr(lx.read_token()))
lx = shlex.shlex('"esc\\"aped" plain', posix=True)
print(list(lx))
lx = shlex.shlex("x 'q\\'s' y", posix=True)
lx.escapedquotes = "'\""
try:
    print(list(lx))
except ValueError as e:
    print("ValueError", e)
lx = shlex.shlex("key=value other=thing", posix=True)
lx.whitespace_split = True
lx.whitespace = " ="
print(list(lx))
lx = shlex.shlex("", posix=True)
print(repr(lx.get_token()), lx.eof)
lx = shlex.shlex("abc", posix=False)
print(repr(lx.get_token()), repr(lx.get_token()), lx.eof)
print(shlex.split("a\\ b c\\\\d 'e\\f'"))
print(shlex.split('"a\\$b" "c\\`d" "e\\xf"'))
