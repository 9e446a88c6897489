# Constructing ExceptionGroup / BaseExceptionGroup: rules, class selection, messages.

def make(label, fn):
    try:
        eg = fn()
        print(label, "->", type(eg).__name__, repr(eg))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

make("basic", lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
make("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
make("empty list", lambda: ExceptionGroup("m", []))
make("not a sequence", lambda: ExceptionGroup("m", ValueError()))
make("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
make("non-exception item", lambda: ExceptionGroup("m", [ValueError(), 1]))
make("class not instance", lambda: ExceptionGroup("m", [ValueError]))
make("message not str", lambda: ExceptionGroup(1, [ValueError()]))
make("one argument", lambda: ExceptionGroup("m"))
make("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
make("base in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
make("BEG of Exceptions", lambda: BaseExceptionGroup("m", [ValueError()]))
make("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit(2)]))
make("nested groups", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()])]))
make("BEG nested EG", lambda: BaseExceptionGroup("o", [ExceptionGroup("i", [TypeError()])]))

# attributes
eg = ExceptionGroup("things failed", [ValueError("v"), TypeError("t")])
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, type(eg.args[1]).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)

# the exceptions sequence is copied: later changes to the list do not matter
items = [ValueError(1)]
g = ExceptionGroup("copy", items)
items.append(TypeError(2))
print(len(g.exceptions), repr(g))

# subclasses
class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

make("subclass", lambda: MyGroup("m", [ValueError()]))
make("subclass with base exc", lambda: MyGroup("m", [KeyboardInterrupt()]))
make("base subclass", lambda: MyBaseGroup("m", [ValueError()]))

# a subclass may add its own constructor
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

t = Tagged("tagged", [OSError("o")], "T1")
print(t.tag, t.message, t.exceptions, repr(t))

# raising and catching a group with plain except
try:
    raise ExceptionGroup("plain", [ValueError(3)])
except ExceptionGroup as caught:
    print("caught with except:", caught, caught.exceptions)
