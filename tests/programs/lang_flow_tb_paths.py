# traceback contents through generators, yield from, throw(), context managers, decorators, lambdas, comprehensions
import traceback, sys, contextlib

def fmt():
    return traceback.format_exc().replace(__file__, "F")

def frames(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def leaf():
    yield 1
    raise ValueError("leaf error")
def mid():
    yield from leaf()
def top():
    yield from mid()
try:
    for _ in top(): pass
except ValueError as e:
    print(frames(e))
    print(fmt())

def catcher():
    try:
        yield 1
    except KeyError:
        raise TypeError("converted")
g = catcher(); next(g)
try:
    g.throw(KeyError("thrown"))
except TypeError as e:
    print(frames(e))
    print(fmt())

def deleg():
    yield from catcher()
g = deleg(); next(g)
try:
    g.throw(KeyError("thrown2"))
except TypeError as e:
    print(frames(e))

@contextlib.contextmanager
def cm():
    yield
def in_cm():
    with cm():
        {}["missing"]
try:
    in_cm()
except KeyError as e:
    print(frames(e))
    print(fmt())

def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated(x):
    return 1 / x
try:
    decorated(0)
except ZeroDivisionError as e:
    print(frames(e))
    print(fmt())

try:
    [1 / (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print(frames(e))
    print(fmt())

try:
    list(map(lambda x: x.upper(), ["a", 1]))
except AttributeError as e:
    print(frames(e))
    print(fmt())

try:
    sorted([3, "a", 1])
except TypeError as e:
    print(frames(e))
    print(fmt())

def reraiser():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    reraiser()
except ZeroDivisionError as e:
    print(frames(e))

def reraise_later():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_later()
except ZeroDivisionError as e:
    print(frames(e))

def finally_raise():
    try:
        return 1
    finally:
        raise KeyError("in finally")
try:
    finally_raise()
except KeyError as e:
    print(frames(e))
    print(fmt())

class Prop:
    @property
    def p(self):
        return self.missing_attr
try:
    Prop().p
except AttributeError as e:
    print(frames(e))
    print(fmt())

try:
    exec("def f():\n    raise OSError(2, 'no')\nf()", {})
except OSError as e:
    print(frames(e))
    print(fmt())

try:
    eval("1 +\n undefined_x")
except NameError as e:
    print(frames(e))
    print(fmt())

# exception in __init__ via class call, in __getitem__ via for loop
class Bad:
    def __init__(self):
        self.x = 1 / 0
try:
    Bad()
except ZeroDivisionError as e:
    print(frames(e))
class GI:
    def __getitem__(self, i):
        if i == 2: raise IndexError("fine")
        if i == 1: raise LookupError("no")
        return i
try:
    for v in GI(): pass
except LookupError as e:
    print(frames(e))
    print(fmt())

# traceback.extract_tb / format_list / walk_tb
try:
    decorated(0)
except ZeroDivisionError as e:
    st = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in st])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    print("".join(traceback.format_exception_only(type(e), e)))
    print(traceback.format_exception_only(e))
    print(len(traceback.format_tb(e.__traceback__)))

# traceback.print_exception with limit and chain=False
def chain():
    try:
        {}[1]
    except KeyError as e:
        raise ValueError("outer") from e
try:
    chain()
except ValueError as e:
    import io
    buf = io.StringIO()
    traceback.print_exception(e, limit=1, file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    buf = io.StringIO()
    traceback.print_exception(e, chain=False, file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    buf = io.StringIO()
    traceback.print_exception(e, limit=-1, file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack))
    print("".join(te.format_exception_only()))
