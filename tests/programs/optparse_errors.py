import io, sys
from optparse import (OptionParser, Option, OptionError, OptionConflictError,
                      BadOptionError, OptionValueError, OptionGroup)
def run(p, argv):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        res = p.parse_args(argv)
        sys.stderr = old
        print("ok", res[0], res[1])
    except SystemExit as e:
        sys.stderr = old
        print("exit", e.code)
        print(err.getvalue(), end="")
p = OptionParser(prog="tool", usage="%prog [opts] arg")
p.add_option("-n", type="int")
p.add_option("-f", "--float", type="float")
p.add_option("--choice", type="choice", choices=["red", "green"])
p.add_option("--pair", nargs=2)
p.add_option("--flag", action="store_true")
p.add_option("--verbose", action="store_true")
p.add_option("--version-x", action="store_true")
for argv in (["-n", "abc"], ["-f", "x1"], ["--choice", "blue"], ["--pair", "one"], ["-n"],
             ["--bogus"], ["-z"], ["--flag=yes"], ["--ver"], ["--v"], ["-nx"], ["--float"],
             ["-n", "0x1g"], ["--choice=red", "--", "--bogus"]):
    print(argv)
    run(p, argv)
e = OptionParser(prog="e")
e.error_messages = None
try:
    e.error("custom message")
except SystemExit as x:
    print("code", x.code)
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as ex:
        print(label, type(ex).__name__, ex)
attempt("short", lambda: Option("-"))
attempt("shortform", lambda: Option("--"))
attempt("badshort", lambda: Option("-ab"))
attempt("badlong", lambda: Option("---x"))
attempt("none", lambda: Option())
attempt("kw", lambda: Option("-a", foo=1, bar=2))
attempt("action", lambda: Option("-a", action="jump"))
attempt("type", lambda: Option("-a", type="blob"))
attempt("typed", lambda: Option("-a", action="store_true", type="int"))
attempt("choices", lambda: Option("-a", type="choice"))
attempt("choices2", lambda: Option("-a", type="choice", choices="abc"))
attempt("choices3", lambda: Option("-a", type="int", choices=["a"]))
attempt("const", lambda: Option("-a", action="store", const=1))
attempt("nargs", lambda: Option("-a", action="store_true", nargs=2))
attempt("callback", lambda: Option("-a", action="callback", callback=3))
attempt("cbargs", lambda: Option("-a", action="callback", callback=print, callback_args=[1]))
attempt("cbkw", lambda: Option("-a", action="callback", callback=print, callback_kwargs=[1]))
attempt("noncb", lambda: Option("-a", callback=print))
attempt("noncbargs", lambda: Option("-a", callback_args=(1,)))
attempt("noncbkw", lambda: Option("-a", callback_kwargs={}))
attempt("typeobj", lambda: print(Option("-a", type=int).type, Option("-a", type=str).type))
q = OptionParser(prog="q")
q.add_option("-x", "--xx")
attempt("conflict", lambda: q.add_option("-x", "--xx", "--other"))
attempt("handler", lambda: OptionParser(conflict_handler="merge"))
attempt("addbad", lambda: q.add_option(5))
attempt("addargs", lambda: q.add_option(Option("-y"), 1))
attempt("group", lambda: q.add_option_group(5))
attempt("groupother", lambda: q.add_option_group(OptionGroup(OptionParser(), "t")))
attempt("badvalue", lambda: q.get_default_values())
print(str(BadOptionError("--q")), str(OptionValueError("bad v")), str(OptionError("m", Option("-a", "--all"))))
print(issubclass(OptionConflictError, OptionError), OptionError.__mro__[1].__name__)
d = OptionParser(prog="d")
d.add_option("-n", type="int", default="zz")
try:
    d.parse_args([])
except Exception as ex:
    print(type(ex).__name__, ex)
