# Where tracebacks point: a failing format or conversion of an f-string field, the target of
# an augmented assignment that is not bound, and a decorator that raises when applied.
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(x for x in lines[-5:] if not x.startswith("Traceback")))


name = None
show(lambda: f"Name: {name:>10}|")
show(lambda: f"a {1} b {name!r:>{'x'}} c")
show(lambda: (f"first {1}"
              f" second {name:d}"))


class Bad:
    def __format__(self, spec):
        raise ValueError("no format")

    def __repr__(self):
        raise KeyError("no repr")


show(lambda: f"{Bad()}")
show(lambda: f"x{Bad()!r}y")

counter = 0


def bump():
    counter += 1


show(bump)


def bump_item():
    items = {}
    items["k"] += 1


show(bump_item)


def register(fn):
    raise RuntimeError("registry closed")


def make():
    def factory(n):
        def deco(fn):
            raise LookupError(n)
        return deco

    @staticmethod
    @factory(3)
    @staticmethod
    def handler():
        pass


show(make)


def make_class():
    @register
    class C:
        pass


show(make_class)
undefined_total += 1
