import traceback
import warnings
import contextlib
import io
import sys

def level3(x):
    return {"a": 1}[x]
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise ValueError(f"bad key {x!r}") from e
def level1(x):
    try:
        level2(x)
    except ValueError:
        raise RuntimeError("wrapper failed")

try:
    level1("zz")
except RuntimeError as exc:
    err = exc
lines = traceback.format_exception(err)
text = "".join(lines)
print(text.count("Traceback"), "direct cause" in text, "During handling" in text)
for line in text.splitlines():
    if line.startswith("  File"):
        print(line.split(", in ")[-1], end=" ; ")
print()
print(traceback.format_exception_only(err), traceback.format_exception_only(KeyError, KeyError("k")))
print("".join(traceback.format_exception(err, chain=False)).splitlines()[-1])
print(traceback.format_exception(err, limit=1)[-1].strip())
tbe = traceback.TracebackException.from_exception(err)
print(tbe.exc_type.__name__ if hasattr(tbe, "exc_type") else "", str(tbe), tbe.__cause__, type(tbe.__context__).__name__)
print(tbe.__context__.__cause__.exc_type.__name__ if hasattr(tbe.__context__.__cause__, "exc_type") else "")
print([(f.name, f.line) for f in tbe.stack])
print(list(tbe.format_exception_only()))
summ = traceback.extract_tb(err.__traceback__)
print(len(summ), summ[-1].name, summ[-1].line, type(summ).__name__, summ[0].lineno > 0)
print([fs.name for fs in traceback.extract_tb(err.__context__.__traceback__)])
e2 = ValueError("with note")
e2.add_note("note one")
e2.add_note("note two")
print(traceback.format_exception_only(e2))
class WeirdStr(Exception):
    def __str__(self):
        raise RuntimeError("str broken")
print(traceback.format_exception_only(WeirdStr()))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
print(traceback.format_exception_only(Exception()), traceback.format_exception_only(KeyboardInterrupt("")))
eg = ExceptionGroup("group", [ValueError("v"), TypeError("t")])
print([l for l in "".join(traceback.format_exception(eg)).splitlines() if "File" not in l and "^" not in l and "raise" not in l])
buf = io.StringIO()
traceback.print_exception(ValueError("printed"), file=buf)
print(repr(buf.getvalue()))
buf = io.StringIO()
try:
    raise OSError(2, "No such file", "x.txt")
except OSError:
    traceback.print_exc(file=buf, limit=0)
print(repr(buf.getvalue()))
print(traceback.format_list([("f.py", 1, "fn", "code()")]), traceback.format_tb(None))
def gen_stack():
    return traceback.extract_stack(limit=2)
st = gen_stack()
print([f.name for f in st], type(st).__name__)

# warnings
def legacy():
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    legacy()
    warnings.warn("plain")
    warnings.warn(UserWarning("instance"))
    warnings.warn("bytes-ish", BytesWarning)
    warnings.warn_explicit("explicit", RuntimeWarning, "mod.py", 10)
    print([(x.category.__name__, str(x.message), x.lineno > 0) for x in w])
    print(w[-1].filename, w[-1].lineno, str(w[0])[:0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*")
    warnings.warn("drop this")
    warnings.warn("keep this")
    warnings.warn("keep that", FutureWarning)
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    for i in range(3):
        warnings.warn(f"distinct {i}")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("same text")
    warnings.warn("same text", UserWarning)
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        legacy()
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("error", category=UserWarning, module="__main__")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True, action="always", category=SyntaxWarning if False else Warning) as w:
    warnings.warn("via action")
    print(len(w), w[0].category.__name__)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  src  ")))
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("SHOW:", m, c.__name__, l > 0)
warnings.simplefilter("always")
warnings.warn("custom show")
for bad in (lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("always", category=int),
            lambda: warnings.warn("x", category=int), lambda: warnings.filterwarnings("always", lineno=-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured line")
    help_text = "ok"
print(repr(out.getvalue()))
errb = io.StringIO()
with contextlib.redirect_stderr(errb):
    print("to err", file=sys.stderr)
print(repr(errb.getvalue()))
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg2:
    print("left over", [type(e).__name__ for e in eg2.exceptions])
@contextlib.contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")
log = []
with contextlib.ExitStack() as stack:
    a = stack.enter_context(resource("a", log))
    b = stack.enter_context(resource("b", log))
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append(f"push {exc[0].__name__ if exc[0] else None}"))
    log.append(f"body {a}{b}")
print(log)
log = []
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(resource("x", log))
        stack.enter_context(resource("y", log))
        raise ValueError("inner")
except ValueError:
    log.append("escaped")
print(log)
log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(resource("p", log))
    moved = stack.pop_all()
log.append("after with")
moved.close()
print(log)
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with contextlib.nullcontext(5) as v:
    print("null", v)
class Closer:
    def close(self):
        print("closed!")
with contextlib.closing(Closer()):
    pass
@contextlib.contextmanager
def as_decorator_cm():
    print("enter")
    yield
    print("exit")
@as_decorator_cm()
def decorated():
    print("inside")
decorated()
decorated()
