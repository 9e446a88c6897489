# exception chaining: __cause__/__context__/__suppress_context__, finally/return interplay, notes, with_traceback
import traceback, sys

def fmt(e):
    return "".join(traceback.format_exception(e)).replace(__file__, "F")

def chain(e, depth=0):
    while e is not None:
        print("  " * depth, type(e).__name__, e.args, "cause=", type(e.__cause__).__name__, "ctx=", type(e.__context__).__name__, "sup=", e.__suppress_context__)
        e = e.__cause__ or e.__context__
        depth += 1

def t1():
    try:
        {}["a"]
    except KeyError as e:
        raise ValueError("v") from e
def t2():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("v") from None
def t3():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("v")
def t4():
    try:
        try:
            1/0
        finally:
            [][1]
    except IndexError as e:
        raise TypeError("t") from KeyError("explicit")
def t5():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as e2:
            return e2
def t6():
    # context cycle breaking
    a = ValueError("a"); b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as x:
            return x
def t7():
    try:
        raise ValueError from 5
    except TypeError as e:
        raise
def t8():
    try:
        raise ValueError from KeyError
    except ValueError as e:
        return e
for t in [t1, t2, t3, t4, t5, t6, t7, t8]:
    try:
        r = t()
        if r is not None:
            print(t.__name__, "returned"); chain(r)
    except BaseException as e:
        print(t.__name__, "raised"); chain(e)

# finally/return interplay
def f1():
    try:
        return 1
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError
    finally:
        return "swallowed"
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f3 fin", i)
    return i
def f4():
    for i in range(3):
        try:
            continue
        finally:
            print("f4 fin", i)
def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("f6 inner finally", sys.exception())
    except ValueError as e:
        print("f6 caught", e, sys.exception())
    print("f6 after", sys.exception())
def f7():
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            pass
        print("f7 restored", repr(sys.exception()))
        return sys.exc_info()[0].__name__
def f8():
    while True:
        try:
            return "a"
        finally:
            break
    return "b"
def f9():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            continue
    return "f9 end"
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    try:
        print(f.__name__, f())
    except BaseException as e:
        print(f.__name__, "!!", type(e).__name__, e)

# notes
e = ValueError("base")
e.add_note("note1")
e.add_note("note2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print("add_note err", x)
e2 = KeyError("k")
e2.__notes__ = "not a list"
print(fmt(e2))
e3 = KeyError("k")
e3.__notes__ = ["a", 5, "multi\nline"]
print(fmt(e3))
e4 = ValueError()
e4.__notes__ = ("t1",)
print(fmt(e4))

# with_traceback
def raiser():
    raise ValueError("r")
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1; tb = tb.tb_next
    print("tb len", n)
    e2 = RuntimeError("new").with_traceback(e.__traceback__)
    print(e2.__traceback__ is e.__traceback__)
    try:
        raise e2
    except RuntimeError as e3:
        tb = e3.__traceback__; n = 0
        while tb:
            n += 1; tb = tb.tb_next
        print("tb len2", n)
try:
    ValueError().with_traceback(5)
except TypeError as x:
    print(type(x).__name__, x)
try:
    v = ValueError(); v.__traceback__ = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    v = ValueError(); v.__cause__ = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    v = ValueError(); v.__context__ = "x"
except TypeError as x:
    print(type(x).__name__, x)
v = ValueError(); v.__cause__ = KeyError(); print(v.__suppress_context__)
v.__suppress_context__ = False; print(v.__suppress_context__)
try:
    v.__suppress_context__ = 0
except TypeError as x:
    print(type(x).__name__, x)
v.__cause__ = None; print(v.__suppress_context__)

# format chains
try:
    t1()
except Exception as e:
    print(fmt(e))
try:
    t3()
except Exception as e:
    print(fmt(e))
try:
    t2()
except Exception as e:
    print(fmt(e))
