# Custom namespaces: __prepare__ mappings, exec/eval with mapping locals, dict-subclass globals.

class AutoNames(dict):
    """Class namespace that invents values for unknown names."""

    def __init__(self):
        super().__init__()
        self.lookups = []

    def __getitem__(self, key):
        self.lookups.append(key)
        return super().__getitem__(key)

    def __missing__(self, key):
        if key.isupper():
            value = key.lower()
            self[key] = value
            return value
        raise KeyError(key)


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNames()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.lookups = [k for k in ns.lookups if not k.startswith("__")]
        return cls


class Colors(metaclass=AutoMeta):
    RED
    GREEN
    both = (RED, GREEN)
    length = len(both)


print(Colors.RED, Colors.GREEN, Colors.both, Colors.length, Colors.lookups)


class Recording:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


rec = Recording()
exec("a = 1\nb = a + 1\ndel a\ntry:\n    a\nexcept NameError as e:\n    msg = str(e)\n", {}, rec)
print(rec.data, rec.log)


class DefaultLocals(dict):
    def __missing__(self, key):
        return f"<{key}>"


print(eval("greeting + ' ' + name", {}, DefaultLocals(greeting="hi")))
print(eval("[x, y]", {"x": "global x"}, DefaultLocals()))


class DefaultGlobals(dict):
    def __missing__(self, key):
        if key.startswith(("unknown", "undefined")):
            return f"missing-global-{key}"
        raise KeyError(key)


g = DefaultGlobals(known=1)
try:
    print(eval("known, unknown", g))
except NameError as e:
    print("NameError", e)
print(eval("len('abc')", g))

code = compile("def f():\n    return undefined_thing\nresult = f()", "<ns>", "exec")
g2 = DefaultGlobals()
try:
    exec(code, g2)
    print("function saw", g2["result"])
except NameError as e:
    print("NameError", e)

try:
    exec("x = 1", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError", e)


class ClassBodyScoping:
    x = "class x"

    def method(self):
        return x

    y = [x for _ in range(1)] if False else None
    z = (lambda: x)


x = "global x"
print(ClassBodyScoping().method(), ClassBodyScoping.z())


def make_class():
    x = "enclosing x"

    class Inner:
        print_x = x
        x = "inner x"
        after = x

        def get(self):
            return x

    return Inner


In = make_class()
print(In.print_x, In.after, In().get())


def make_class2():
    val = "enclosing"

    class Inner:
        nonlocal_like = val
        other = "class-level"
        seen = [val for _ in range(1)]

    return Inner


print(make_class2().nonlocal_like, make_class2().seen, make_class2().other)


class OrderCheck:
    def __init_subclass__(cls, **kw):
        print("init_subclass sees names:", sorted(n for n in vars(cls) if not n.startswith("__")))


class Desc:
    def __set_name__(self, owner, name):
        print(f"set_name {name} on {owner.__name__}")


class Child(OrderCheck):
    a = Desc()
    b = Desc()


class MetaLog(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, "classcell" if "__classcell__" in ns else "no classcell")
        return super().__new__(mcls, name, bases, ns)


class UsesSuper(metaclass=MetaLog):
    def m(self):
        return __class__.__name__


class NoSuper(metaclass=MetaLog):
    def m(self):
        return 1


print(UsesSuper().m())


class BadMeta(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class Broken(metaclass=BadMeta):
        def m(self):
            return super().m
except RuntimeError as e:
    print("RuntimeError", e)
except TypeError as e:
    print("TypeError", e)

ns = type.__prepare__("X", ())
print(type(ns).__name__, ns)


def prepare_non_mapping(name, bases, ns):
    return f"function metaclass made {name} with {sorted(k for k in ns if not k.startswith('__'))}"


class FuncMeta(metaclass=prepare_non_mapping):
    a = 1
    b = 2


print(FuncMeta)
g3 = {}
exec("import math as m\nfrom math import pi\nres = m.floor(pi)", g3)
print(g3["res"], "m" in g3, "__builtins__" in g3)
l3 = {}
exec("def uses_loc():\n    return 'ok'\nout = uses_loc()", {}, l3)
print(l3["out"])
try:
    exec("def inner():\n    return helper()\ndef helper():\n    return 1\nval = inner()", {}, l3)
except NameError as e:
    print("NameError", e)
