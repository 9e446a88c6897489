import sys, contextlib, traceback

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

def ctx_chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return out

class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
def exit_replaces():
    try:
        with BadExit():
            raise ValueError("body")
    except Exception as e:
        return ctx_chain(e)
show("exit replaces", exit_replaces)

def finally_raises():
    try:
        try:
            raise KeyError("first")
        finally:
            raise IndexError("second")
    except Exception as e:
        return ctx_chain(e)
show("finally raises", finally_raises)

def except_raises_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            try:
                int("x")
            except ValueError:
                raise TypeError("deep")
    except TypeError as e:
        return ctx_chain(e)
show("handler nesting", except_raises_in_handler)

def raise_same_instance():
    err = ValueError("same")
    try:
        try:
            raise err
        except ValueError:
            raise err
    except ValueError as e:
        return (e is err, e.__context__)
show("reraise same", raise_same_instance)

def bare_raise_after_handler():
    try:
        try:
            raise KeyError("orig")
        except KeyError:
            try:
                raise ValueError("inner")
            except ValueError:
                pass
            raise
    except Exception as e:
        return type(e).__name__, str(e)
show("bare raise restores", bare_raise_after_handler)
show("bare raise no active", lambda: exec("raise"))

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
show("continue in finally swallows", continue_in_finally)

def return_in_finally_swallows():
    try:
        raise KeyError
    finally:
        return "swallowed"
show("return finally", return_in_finally_swallows)

def try_else():
    log = []
    for v in ["1", "x"]:
        try:
            n = int(v)
        except ValueError:
            log.append("except")
        else:
            log.append(f"else {n}")
        finally:
            log.append("finally")
    return log
show("try else", try_else)

def exc_in_generator_context():
    def g():
        try:
            raise KeyError("in gen")
        except KeyError:
            yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else None
    it = g()
    a = next(it)
    outside = sys.exc_info()
    b = next(it)
    return a, outside, b
show("exc_info gen", exc_in_generator_context)

def gen_return_in_finally():
    def g():
        try:
            yield 1
            yield 2
        finally:
            return "fin"
    it = g()
    next(it)
    try:
        it.throw(ValueError("lost"))
    except StopIteration as e:
        return ("stop", e.value)
show("gen finally return on throw", gen_return_in_finally)

def gen_close_finally_yield():
    def g():
        try:
            yield 1
        finally:
            yield 2
    it = g()
    next(it)
    try:
        it.close()
    except RuntimeError as e:
        return str(e)
show("close yield in finally", gen_close_finally_yield)

def gen_raise_stopiteration():
    def g():
        next(iter([]))
        yield 1
    try:
        list(g())
    except RuntimeError as e:
        return (str(e), type(e.__cause__).__name__)
show("stopiteration->runtimeerror", gen_raise_stopiteration)

def cm_generator_reraise():
    @contextlib.contextmanager
    def cm():
        try:
            yield
        except KeyError as e:
            raise ValueError("converted") from e
    try:
        with cm():
            raise KeyError("k")
    except ValueError as e:
        return ctx_chain(e)
show("cm convert", cm_generator_reraise)

def cm_no_yield():
    @contextlib.contextmanager
    def cm():
        if False:
            yield
    with cm():
        pass
show("cm no yield", cm_no_yield)

def cm_two_yields():
    @contextlib.contextmanager
    def cm():
        yield
        yield
    with cm():
        pass
show("cm two yields", cm_two_yields)

def cm_stopiteration_through():
    @contextlib.contextmanager
    def cm():
        yield
    try:
        with cm():
            raise StopIteration("si")
    except StopIteration as e:
        return ("passed through", str(e))
    except RuntimeError as e:
        return ("runtime", str(e))
show("cm stopiter", cm_stopiteration_through)

def nested_cms():
    log = []
    class L:
        def __init__(self, n, suppress=False):
            self.n, self.s = n, suppress
        def __enter__(self):
            log.append(f"enter {self.n}")
            return self.n
        def __exit__(self, et, ev, tb):
            log.append(f"exit {self.n} {et.__name__ if et else None}")
            return self.s
    with L(1), L(2, suppress=True), L(3):
        raise ValueError
    return log
show("nested cms", nested_cms)

def enter_fails():
    class E:
        def __enter__(self): raise OSError("cannot enter")
        def __exit__(self, *a):
            print("exit should not run")
    try:
        with E():
            print("body should not run")
    except OSError as e:
        return str(e)
show("enter fails", enter_fails)
show("not a cm", lambda: exec("with 5: pass"))
show("not a cm2", lambda: exec("class A:\n    def __enter__(self): pass\nwith A(): pass"))
show("not async cm", lambda: exec("import asyncio\nasync def f():\n    async with open: pass\nasyncio.run(f())"))

class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValidationError("name", "missing"))
    if not isinstance(rec.get("age"), int):
        errs.append(ValidationError("age", "not int"))
    if rec.get("age", 0) < 0 if isinstance(rec.get("age"), int) else False:
        errs.append(ValueError("negative age"))
    if errs:
        raise ExceptionGroup(f"record {rec.get('id')}", errs)
def validate_all(records):
    results = []
    for r in records:
        try:
            validate(r)
            results.append((r["id"], "ok"))
        except* ValidationError as eg:
            results.append((r["id"], sorted(e.field for e in eg.exceptions)))
        except* ValueError as eg:
            results.append((r["id"], "value", [str(e) for e in eg.exceptions]))
    return results
show("validate", lambda: validate_all([{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "b", "age": -1}, {"id": 4}]))

def eg_reraise_in_except_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
        except* ValueError:
            raise KeyError("from handler")
    except BaseException as e:
        return (type(e).__name__, str(e), [type(x).__name__ for x in e.exceptions])
show("except* raise new", eg_reraise_in_except_star)

def eg_bare_reraise():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        return (str(e), [type(x).__name__ for x in e.exceptions])
show("except* bare raise", eg_bare_reraise)
show("except* on eg type", lambda: exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass"))
show("except* with return", lambda: compile("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1", "<s>", "exec"))
show("except* with break", lambda: compile("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break", "<s>", "exec"))

def eg_derive():
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)
    eg = MyEG("mine", [ValueError(1), KeyError(2)])
    m, r = eg.split(ValueError)
    return (type(m).__name__, m.message, type(r).__name__, r.message)
show("eg derive", eg_derive)

def eg_flatten():
    eg = ExceptionGroup("top", [ValueError("v"), ExceptionGroup("mid", [TypeError("t"), ExceptionGroup("low", [ValueError("vv")])])])
    def leaves(e):
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                yield from leaves(x)
        else:
            yield f"{type(e).__name__}:{e}"
    sub = eg.subgroup(ValueError)
    return list(leaves(eg)), list(leaves(sub)), str(sub), repr(eg.split(TypeError)[1])
show("eg flatten", eg_flatten)

show("traceback lines", lambda: traceback.format_exception_only(ExceptionGroup("x", [ValueError(1)])))
def tb_extract():
    def inner():
        raise ValueError("tb")
    try:
        inner()
    except ValueError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]
show("extract tb", tb_extract)
def with_traceback():
    try:
        raise ValueError("x").with_traceback(None)
    except ValueError as e:
        return e.__traceback__ is not None
show("with_traceback", with_traceback)
def exc_attrs():
    e = KeyError("k")
    return (e.args, str(e), repr(e), str(KeyError()), str(KeyError("a", "b")), repr(StopIteration(5).value), SystemExit(3).code, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
show("exc attrs", exc_attrs)
show("exc hierarchy", lambda: [c.__name__ for c in FileNotFoundError.__mro__])
show("exc hierarchy2", lambda: (issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception), IOError is OSError, EnvironmentError is OSError))
def deep(n):
    return deep(n + 1)
def recursion():
    try:
        deep(0)
    except RecursionError as e:
        return str(e)
show("recursion", recursion)
def attr_err_suggest():
    class K:
        value = 1
    try:
        K().valeu
    except AttributeError as e:
        return (str(e), e.name, type(e.obj).__name__)
show("attr err", attr_err_suggest)
def name_err():
    try:
        undefined_thing
    except NameError as e:
        return (str(e), e.name)
show("name err", name_err)
def import_err():
    try:
        import nonexistent_mod_xyz
    except ImportError as e:
        return (type(e).__name__, str(e), e.name)
show("import err", import_err)
def import_from_err():
    try:
        from os import nonexistent_thing
    except ImportError as e:
        return (type(e).__name__, str(e).split(" (")[0], e.name)
show("import from err", import_from_err)
def key_err_tuple():
    try:
        {}[(1, 2)]
    except KeyError as e:
        return (str(e), e.args)
show("key err tuple", key_err_tuple)
def assert_msg():
    try:
        assert 1 > 2, f"expected {1} > {2}"
    except AssertionError as e:
        return (str(e), e.args)
show("assert", assert_msg)
show("assert nomsg", lambda: exec("assert []"))
