# exception groups and except*: splitting, reraise, nesting, naked exceptions, control flow, tracebacks printing
import traceback, sys

def fmt(e):
    return "".join(traceback.format_exception(e)).replace(__file__, "F")

def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return f"{type(e).__name__}({', '.join(map(repr, e.args))})"

def run(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as e:
        print(label, "!!", shape(e), "| ctx:", shape(e.__context__) if e.__context__ else None, "| cause:", shape(e.__cause__) if e.__cause__ else None)

def eg():
    return ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])

def s1():
    try:
        raise eg()
    except* ValueError as g:
        print(" s1 V", shape(g))
    except* TypeError as g:
        print(" s1 T", shape(g))
run("s1", s1)

def s2():
    try:
        raise eg()
    except* (ValueError, KeyError) as g:
        print(" s2 VK", shape(g))
    except* TypeError:
        print("handled")
run("s2", s2) if False else None

def s3():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(" s3", shape(g), g.__traceback__ is not None)
run("s3", s3)

def s4():
    try:
        raise ValueError("naked2")
    except* TypeError:
        print("no")
run("s4", s4)

def s5():
    try:
        raise eg()
    except* ValueError:
        raise
run("s5", s5)

def s6():
    try:
        raise eg()
    except* ValueError as g:
        raise RuntimeError("new in handler")
run("s6", s6)

def s7():
    try:
        raise eg()
    except* ValueError as g:
        raise RuntimeError("from") from g
    except* TypeError:
        raise KeyError("second handler")
run("s7", s7)

def s8():
    try:
        raise eg()
    except* ValueError as g:
        raise g.exceptions[0]
run("s8", s8)

def s9():
    try:
        raise eg()
    except* Exception as g:
        print(" s9 all", shape(g))
    else:
        print("else")
    finally:
        print(" s9 finally")
run("s9", s9)

def s10():
    try:
        pass
    except* ValueError:
        pass
    else:
        return "else ran"
run("s10", s10)

# invalid except* types
def s11():
    try:
        raise eg()
    except* ExceptionGroup:
        pass
run("s11", s11)
def s12():
    try:
        raise eg()
    except* (ValueError, BaseExceptionGroup):
        pass
run("s12", s12)
def s13():
    try:
        raise eg()
    except* 5:
        pass
run("s13", s13)

# split / subgroup / derive
g = eg()
m, r = g.split(ValueError)
print(shape(m), shape(r))
print(shape(g.subgroup(lambda e: isinstance(e, KeyError))))
print(g.subgroup(OSError), g.split(Exception)[1])
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
mg = MyEG("mine", [ValueError(1), TypeError(2)])
print(shape(mg.split(ValueError)[0]), shape(mg.split(ValueError)[1]))
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
print(shape(nd.split(ValueError)[0]))

# notes/traceback/context/cause copied to split parts
g = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
g.add_note("group note")
g.__cause__ = KeyError("c")
try:
    raise g
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__notes__, type(m.__cause__).__name__, m.__traceback__ is e.__traceback__, m.__context__)

# constructor errors
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", [KeyboardInterrupt()]), ("m",), ("m", (ValueError(),))]:
    try:
        x = ExceptionGroup(*args)
        print("ok", shape(x))
    except Exception as e:
        print("ctor", type(e).__name__, e)
x = BaseExceptionGroup("b", [ValueError()])
print(type(x).__name__)
x = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(x).__name__)
print(str(eg()), repr(ExceptionGroup("x", [ValueError(1)])))

# control flow in except* forbidden at compile time
for src in ["try:\n pass\nexcept* ValueError:\n return 1", "for i in x:\n try:\n  pass\n except* ValueError:\n  break",
            "for i in x:\n try:\n  pass\n except* ValueError:\n  continue", "try:\n pass\nexcept* ValueError:\n pass\nexcept KeyError:\n pass",
            "try:\n pass\nexcept*:\n pass"]:
    try:
        compile(src if "return" not in src else "def f():\n" + "\n".join(" " + l for l in src.splitlines()), "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# nested except* inside except*
def s14():
    try:
        raise eg()
    except* ValueError as outer:
        try:
            raise ExceptionGroup("inner", [KeyError("x")])
        except* KeyError as inner:
            print(" inner handled", shape(inner))
        print(" after inner", shape(outer))
run("s14", s14)

# raise in multiple handlers -> combined
def s15():
    try:
        raise ExceptionGroup("e", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
run("s15", s15)
try:
    s15()
except BaseException as e:
    print(fmt(e))

# sys.exception inside except*
def s16():
    try:
        raise ExceptionGroup("e", [ValueError(1)])
    except* ValueError:
        print(" sys.exception", shape(sys.exception()))
    print(" after", sys.exception())
run("s16", s16)

try:
    s5()
except BaseException as e:
    print(fmt(e))
