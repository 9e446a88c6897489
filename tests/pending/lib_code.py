# code: InteractiveInterpreter/InteractiveConsole (incomplete input, syntax and runtime errors, interact).
import sys, io
import code
import codeop
if getattr(codeop, '_features', None) and isinstance(codeop._features[0], bool):
    codeop._features = []   # pyrs __future__ bug workaround
real_err = sys.stderr
def run(src, **kw):
    buf = io.StringIO()
    sys.stdin = io.StringIO(src)
    sys.stdout = buf; sys.stderr = buf
    try:
        code.interact(**kw)
    finally:
        sys.stdout = sys.__stdout__; sys.stderr = real_err
    out = buf.getvalue().replace(sys.version, "<VER>").replace(sys.platform, "<PLAT>")
    print(out)
    print('-----')

run("x = 1\nx\nfor i in range(3):\n    print(i)\n\nx +\n1/0\ndef f():\n    raise ValueError('boo')\n\nf()\n")
run("print('hi')\n", banner="BANNER", exitmsg="")
run("if 1:\n  pass\n", banner="", exitmsg="bye")
run("import sys\nraise SystemExit(3)\n", banner="") if False else None
print(hasattr(sys, 'ps1'), getattr(sys, 'ps1', None))

# InteractiveInterpreter direct
ii = code.InteractiveInterpreter()
print(ii.locals)
sys.stderr = sys.stdout
print(ii.runsource("a = 5"))
print(ii.runsource("if a:"))
print(ii.runsource("a ="))
print(ii.runsource("undefined_name"))
print(ii.runsource("a", symbol="eval"))
print(ii.runsource("'\\x'"))
print(ii.runsource("1 2"))
print(ii.runsource("  1"))
print(ii.runsource("def f(:"))
print(ii.runsource("print(a)\nprint(a)", symbol="exec"))
print(ii.runsource("(1,\n2,"))
print(ii.runsource("raise KeyError('k')", "myfile"))
print(type(sys.last_value).__name__, sys.last_type.__name__, type(sys.last_exc).__name__)
print(ii.runsource("x = 1 +", "myfile"))
print(repr(sys.last_value))
print(ii.locals['a'])
ii.runsource('1/0')
import traceback
print([f.f_code.co_name for f,l in traceback.walk_tb(sys.last_value.__traceback__)], [f.f_code.co_name for f,l in traceback.walk_tb(sys.last_traceback)])
ii.runsource('1+*2')
print(sys.last_value.__traceback__ is sys.last_traceback)
print(ii.runsource("try:\n  1/0\nexcept Exception:\n  {}['x']\n", symbol="exec"))
# excepthook replaced
def hook(t, v, tb):
    print("HOOK", t.__name__, v, tb is None if tb is None else type(tb).__name__)
sys.excepthook = hook
print(ii.runsource("1/0"))
print(ii.runsource("1 +* 2"))
def badhook(t, v, tb):
    raise RuntimeError("bad hook")
sys.excepthook = badhook
try:
    print(ii.runsource("1/0"))
except RuntimeError as e:
    print("propagated", e)
sys.excepthook = sys.__excepthook__
def hook2(t, v, tb):
    import traceback
    print([f.f_code.co_name for f, l in traceback.walk_tb(tb)])
sys.excepthook = hook2
ii.runsource("1/0")
ii.runsource("1 +* 2")
sys.excepthook = sys.__excepthook__

# Console push
c = code.InteractiveConsole({'__name__': 'x'}, filename="<mine>")
print(c.filename, c.buffer)
print(c.push("def g():"), c.buffer)
print(c.push("    return 42"), c.buffer)
print(c.push(""), c.buffer)
print(c.push("g()"))
print(c.push("g("))
c.resetbuffer(); print(c.buffer)
print(c.push("1/0"))
# raw_input
sys.stdin = io.StringIO("abc\n")
print(repr(c.raw_input("P> ")))
try:
    c.raw_input()
except EOFError as e:
    print("EOF", repr(e))
# SystemExit propagates
try:
    c.push("raise SystemExit(4)")
except SystemExit as e:
    print("SE", e.code)
# readfunc
lines = iter(["1+1", "print('x')"])
def rf(prompt):
    print("prompt", repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
code.interact(banner="b", readfunc=rf, local={'q': 1})
print(code.compile_command("if 1:"), code.compile_command("1+1") is not None)
# KeyboardInterrupt in raw_input
class KC(code.InteractiveConsole):
    n = 0
    def raw_input(self, prompt=""):
        self.n += 1
        if self.n == 2: raise KeyboardInterrupt
        if self.n == 4: raise EOFError
        return "if 1:"
KC().interact(banner="")
