# Scoping puzzles: cells, free variables, del, class scopes, super() inside nested constructs.

def make_counters():
    counters = []
    for name in ["a", "b"]:
        count = 0

        def inc(step=1, _name=name):
            nonlocal count
            count += step
            return f"{_name}:{count}"

        counters.append(inc)
    return counters


c1, c2 = make_counters()
print(c1(), c1(), c2(), c1.__closure__[0] is c2.__closure__[0])


def deleted_free():
    value = "here"

    def reader():
        return value

    del value
    try:
        return reader()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(deleted_free())


def unbound_local():
    try:
        print(undefined_later)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    undefined_later = 1
    del undefined_later
    try:
        del undefined_later
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound_local()
try:
    del never_defined_global
except NameError as e:
    print("NameError", e)


def nonlocal_chain():
    x = 0

    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner

    f = middle()
    f()
    f()
    return x


print(nonlocal_chain())


class Base:
    def greet(self):
        return "base greet"

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"


class Child(Base):
    def greet(self):
        results = [super().greet() for _ in range(2)]
        gen = list(super(Child, self).greet() for _ in range(1))
        return results, gen

    def lam(self):
        f = lambda: super(Child, self).greet()
        return f()

    def lam_noarg(self):
        f = lambda: super().greet()
        try:
            return f()
        except RuntimeError as e:
            return f"RuntimeError: {e}"

    def nested_def(self):
        def helper():
            return __class__.__name__
        return helper()

    @classmethod
    def create(cls):
        return "child " + super().create()

    @staticmethod
    def static():
        return __class__.__name__


ch = Child()
print(ch.greet())
print(ch.lam(), ch.lam_noarg(), ch.nested_def(), Child.create(), Child.static())


class ClassScope:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(x for x in items)
    first = items[0]
    try:
        filtered = [x for x in items if x > first]
    except NameError as e:
        filtered = f"NameError: {e}"
    pairs = {k: v for k, v in zip("abc", items)}

    def method(self):
        try:
            return items
        except NameError as e:
            return f"NameError: {e}"


print(ClassScope.doubled, ClassScope.total, ClassScope.filtered, ClassScope.pairs, ClassScope().method())

counter = 0


class Incrementer:
    global counter
    counter += 5
    local_copy = counter


print(counter, Incrementer.local_copy)


def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])


print(shadow_builtin(), len([1, 2]))

import builtins
builtins.custom_builtin = "from builtins"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError", e)


def closure_over_loop_var():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]


print(closure_over_loop_var())


def late_binding_default():
    x = 1
    def f(y=x):
        return y, x
    x = 2
    return f()


print(late_binding_default())


def cell_contents_demo():
    a = 1
    def f():
        return a
    cell = f.__closure__[0]
    before = cell.cell_contents
    a = 2
    after = cell.cell_contents
    cell.cell_contents = 3
    return before, after, a, f()


print(cell_contents_demo())
import types
empty_cell = types.CellType()
try:
    empty_cell.cell_contents
except ValueError as e:
    print("ValueError", e)
print(types.CellType(5).cell_contents)


def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


print(recursive_closure()(10))


def generator_scope():
    x = "gen-local"
    def g():
        yield x
        yield [x for _ in range(1)]
    return list(g())


print(generator_scope())


def exec_does_not_see_closure():
    hidden = "closure var"
    def inner():
        try:
            return eval("hidden")
        except NameError as e:
            return f"NameError: {e}"
    return inner()


def eval_sees_closure_if_referenced():
    hidden = "closure var"
    def inner():
        hidden
        return eval("hidden")
    return inner()


print(exec_does_not_see_closure(), eval_sees_closure_if_referenced())


def walrus_in_comprehension_binds_outer():
    [last := n for n in range(4)]
    return last


print(walrus_in_comprehension_binds_outer())


class WalrusClass:
    try:
        exec("[y := 1 for _ in range(1)]")
    except SyntaxError as e:
        err = e.msg


print(getattr(WalrusClass, "err", "no error"))
for src in ["def f():\n    x = 1\n    global x", "def f():\n    nonlocal q", "nonlocal z", "def f(a):\n    global a",
            "[i := 0 for i in range(3)]", "def f():\n    x: int = 1\n    global x", "class C:\n    nonlocal n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
