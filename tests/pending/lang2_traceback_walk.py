# Walking traceback and frame objects by hand to build a compact error report.
import sys


def tb_summary(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append(f"{code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return out


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1) + 1


def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 sees", tb_summary(e.__traceback__))
        raise


try:
    level1(1)
except ZeroDivisionError as e:
    print("top sees", tb_summary(e.__traceback__))
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev is e, tb is e.__traceback__, tb.tb_frame.f_code.co_name)

try:
    level1(1)
except ZeroDivisionError as e:
    saved = e
tb = saved.__traceback__
print(type(tb).__name__, tb.tb_lasti >= 0, tb.tb_frame.f_globals is globals())
inner = tb
while inner.tb_next:
    inner = inner.tb_next
print("innermost locals", sorted(inner.tb_frame.f_locals.items()))
print("innermost caller", inner.tb_frame.f_back.f_code.co_name)

stripped = saved.with_traceback(None)
print(stripped is saved, saved.__traceback__)


def reraise_with(tb):
    raise ValueError("replacement").with_traceback(tb)


try:
    try:
        level3(0)
    except ZeroDivisionError as z:
        reraise_with(z.__traceback__)
except ValueError as v:
    print("with_traceback chain", tb_summary(v.__traceback__))


def frame_info():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_lineno, type(f).__name__


def calls_frame_info():
    return frame_info()


print(calls_frame_info())
try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError", e)


def gen_frames():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen_frames()))


def exc_info_states():
    states = [sys.exc_info()[0]]
    try:
        raise KeyError("a")
    except KeyError:
        states.append(sys.exc_info()[0].__name__)
        try:
            raise ValueError("b")
        except ValueError:
            states.append(sys.exc_info()[0].__name__)
        states.append(sys.exc_info()[0].__name__)
    states.append(sys.exc_info()[0])
    return states


print(exc_info_states())


def gen_exc_state():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


g = gen_exc_state()
print(next(g), sys.exc_info()[0])
try:
    raise OSError("outer")
except OSError:
    print(next(g), sys.exc_info()[0].__name__)


def handler_in_finally():
    try:
        try:
            raise IndexError("first")
        finally:
            print("finally exc_info:", sys.exc_info()[0].__name__)
    except IndexError:
        pass


handler_in_finally()


def context_in_generator():
    try:
        yield
    except GeneratorExit:
        pass
    raise RuntimeError("after close")


try:
    raise KeyError("unrelated")
except KeyError:
    pass

cg = context_in_generator()
next(cg)
try:
    cg.close()
except RuntimeError as e:
    print("RuntimeError", e, "context:", type(e.__context__).__name__)


def line_numbers():
    lines = []
    for i in range(2):
        lines.append(sys._getframe().f_lineno)
    return lines


print(line_numbers())


def code_attrs(a, b=1, *args, c, **kw):
    local1 = a + b
    def nested():
        return local1
    return nested


co = code_attrs.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars,
      co.co_freevars, co.co_firstlineno > 0, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
nco = code_attrs(1, c=2).__code__
print(nco.co_name, nco.co_qualname, nco.co_freevars, nco.co_varnames)
print([type(c).__name__ for c in co.co_consts if not isinstance(c, (int, str, type(None)))])
import types
new_co = co.replace(co_name="renamed")
print(new_co.co_name, code_attrs.__name__, types.FunctionType(new_co, {}).__name__)
exc = Exception("x")
print(exc.__traceback__, exc.__context__, exc.__cause__, exc.__suppress_context__)
try:
    exc.__traceback__ = "bad"
except TypeError as e:
    print("TypeError", e)
