# sys.exception()/exc_info across generators, coroutines, yields inside except, nested handlers, implicit context
import sys

def cur():
    e = sys.exception()
    return None if e is None else f"{type(e).__name__}({e})"

def g():
    print(" g start", cur())
    try:
        raise KeyError("in-gen")
    except KeyError:
        print(" g handler before yield", cur())
        yield 1
        print(" g handler after yield", cur())
    print(" g after handler", cur())
    yield 2

it = g()
try:
    raise ValueError("outer")
except ValueError:
    print("outer", cur())
    next(it)
    print("outer after next", cur())
print("no handler", cur())
try:
    raise TypeError("outer2")
except TypeError:
    next(it)
    print("outer2 after", cur())

# context set when generator raises inside caller's handler
def raiser():
    yield
    raise RuntimeError("from gen")
r = raiser(); next(r)
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(r)
    except RuntimeError as e:
        print("gen ctx", type(e.__context__).__name__, e.__context__)

# generator's own exc state isolated
def gen_ctx():
    try:
        yield
    except Exception:
        pass
    raise RuntimeError("x")
q = gen_ctx(); next(q)
try:
    raise KeyError("caller2")
except KeyError:
    try:
        next(q)
    except RuntimeError as e:
        print("gen ctx2", type(e.__context__).__name__)

# throw sets context?
def th():
    try:
        yield
    except ValueError:
        raise KeyError("during")
t = th(); next(t)
try:
    t.throw(ValueError("thrown"))
except KeyError as e:
    print("throw ctx", type(e.__context__).__name__, e.__context__)

t = th(); next(t)
try:
    raise OSError("caller-active")
except OSError:
    try:
        t.throw(ValueError("thrown"))
    except KeyError as e:
        c = e.__context__
        print("throw ctx2", type(c).__name__, type(c.__context__).__name__)

# exception in except clause variable deleted
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("deleted:", e)

# except var shadows and deletes existing local
def shadow():
    err = "kept?"
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(shadow())

# implicit context on re-raise in finally
def ctx_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return type(e.__context__).__name__
print("finally ctx", ctx_finally())

# context not set to self
def self_ctx():
    try:
        try:
            raise ValueError("same")
        except ValueError as e:
            raise e
    except ValueError as e:
        return e.__context__
print("self ctx", self_ctx())

# coroutine exception state
async def co():
    try:
        raise KeyError("co")
    except KeyError:
        await Aw()
        return cur()
class Aw:
    def __await__(self):
        yield "suspended"
c = co()
print(c.send(None))
try:
    raise ValueError("between")
except ValueError:
    try:
        c.send(None)
    except StopIteration as s:
        print("co resumed sees", s.value)

# exc_info tuple
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno > 0)
print(sys.exc_info())

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)

def bare_in_func():
    raise
try:
    try:
        raise KeyError("active")
    except KeyError:
        bare_in_func()
except KeyError as e:
    print("bare raise from func:", e)

# raise in generator's except after yield picks generator's exception
def gen_bare():
    try:
        raise KeyError("gen-key")
    except KeyError:
        yield
        raise
gb = gen_bare(); next(gb)
try:
    raise ValueError("caller-value")
except ValueError:
    try:
        next(gb)
    except Exception as e:
        print("gen bare reraise:", type(e).__name__, e)

# exceptions in __exit__ with context
class ExitRaise:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit error")
try:
    with ExitRaise():
        raise ValueError("body")
except RuntimeError as e:
    print("exit ctx", type(e.__context__).__name__)

# try/except inside generator used in for with break: finally runs on close
def fin_gen():
    try:
        yield 1
        yield 2
    finally:
        print(" fin_gen finally", cur())
for x in fin_gen():
    break
print("after break")
try:
    raise ValueError("active during close")
except ValueError:
    fg = fin_gen(); next(fg); fg.close()
