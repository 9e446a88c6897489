# Context managers: transactions, suppression, nested with, errors inside __exit__, and generator-based managers.

class Transaction:
    depth = 0

    def __init__(self, name, store, fail_on_exit=False):
        self.name = name
        self.store = store
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Transaction.depth += 1
        self.snapshot = dict(self.store)
        print(f"{'  ' * Transaction.depth}begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        indent = "  " * Transaction.depth
        Transaction.depth -= 1
        if self.fail_on_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        if exc_type is None:
            print(f"{indent}commit {self.name}")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"{indent}rollback {self.name} due to {exc_type.__name__}: {exc}")
        return issubclass(exc_type, LookupError)


store = {"balance": 100}
with Transaction("outer", store) as t:
    store["balance"] -= 30
    with Transaction("inner", store):
        store["balance"] -= 50
        raise KeyError("missing account")
    print("after inner, balance", store["balance"], t.name)
print(store)

try:
    with Transaction("a", store), Transaction("b", store):
        store["balance"] = 0
        raise ValueError("bad amount")
except ValueError as e:
    print("escaped:", e)
print(store)

try:
    with Transaction("explode", store, fail_on_exit=True):
        raise TypeError("original")
except RuntimeError as e:
    print("RuntimeError", e, "| context:", repr(e.__context__))

with (
    Transaction("p1", store) as first,
    Transaction("p2", store) as second,
):
    print("parenthesized", first.name, second.name)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


for exc in [ZeroDivisionError, IndexError, None]:
    try:
        with Suppress(ZeroDivisionError, IndexError) as nothing:
            if exc is IndexError:
                [][1]
            elif exc is ZeroDivisionError:
                1 / 0
            print("body finished", nothing)
        print("continued after", exc.__name__ if exc else None)
    except Exception as e:
        print("leaked", e)


def returns_in_with():
    with Transaction("ret", store):
        return "returned value"


print(returns_in_with())


def loop_in_with():
    out = []
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError
            if i == 2:
                break
            out.append(i)
    return out


print(loop_in_with())


class NotACM:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


for obj in [NotACM(), OnlyEnter(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)


class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with EnterFails():
        print("body should not run")
except OSError as e:
    print("OSError", e)


class Generatorish:
    def __init__(self, gen_fn):
        self.gen_fn = gen_fn

    def __call__(self, *args):
        return _GenCM(self.gen_fn(*args))


class _GenCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


@Generatorish
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ArithmeticError as e:
        print(f"  {name} swallowed {type(e).__name__}")
    finally:
        print(f"</{name}>")


with tag("div") as val:
    print("  content", val)
with tag("span"):
    1 / 0
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError passed through", e)


class Reusable:
    def __init__(self):
        self.active = 0

    def __enter__(self):
        self.active += 1
        return self.active

    def __exit__(self, *exc):
        self.active -= 1


r = Reusable()
with r as a1:
    with r as a2:
        print("nesting levels", a1, a2)
print("active after", r.active)


class ExitArgs:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, type(ev).__name__, tb is not None if ev else tb)
        return True


with ExitArgs():
    raise StopIteration("inside with")
with ExitArgs():
    pass
with ExitArgs():
    raise SystemExit(5)
print("survived SystemExit")


class LockLike:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("acquire")

    def __exit__(self, *a):
        self.log.append("release")


lock = LockLike()


def worker(n):
    with lock:
        if n < 0:
            raise ValueError("negative")
        return n * 2


print(worker(2), end=" ")
try:
    worker(-1)
except ValueError:
    pass
print(lock.log)
