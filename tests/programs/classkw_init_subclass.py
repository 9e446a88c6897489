# Class keyword arguments delivered to __init_subclass__.

registry = {}

class Plugin:
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "priority", priority, "extra", kwargs)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b", priority=5):
    pass

opts = {"priority": 9}
class Gamma(Plugin, name="g", **opts):
    pass

print(sorted(registry), Beta.plugin_name, Gamma.priority)

# subclasses of subclasses also trigger the hook, with their own keywords
class Delta(Beta, priority=1):
    pass

print(Delta.plugin_name, Delta.priority, Beta.priority)

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# unknown keywords reach object.__init_subclass__, which refuses them
try:
    class Bad(Plugin, colour="blue"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(flavour=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# the hook does not run for the class that defines it
class Root:
    def __init_subclass__(cls, **kw):
        print("hook for", cls.__name__, kw)

print("Root defined")
class Leaf(Root, a=1, b=2):
    pass

# chain of hooks through super()
class First:
    def __init_subclass__(cls, first=None, **kw):
        print("First hook:", cls.__name__, first)
        super().__init_subclass__(**kw)

class Second:
    def __init_subclass__(cls, second=None, **kw):
        print("Second hook:", cls.__name__, second)
        super().__init_subclass__(**kw)

class Both(First, Second, first=1, second=2):
    pass

# a hook that raises aborts the class statement
class Strict:
    def __init_subclass__(cls, required, **kw):
        super().__init_subclass__(**kw)
        cls.required = required

try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Given(Strict, required="yes"):
    pass
print(Given.required)

# keyword values are evaluated in order, before the class body runs
trace = []
def note(x):
    trace.append(x)
    return x

class Ordered(Root, x=note("kw1"), y=note("kw2")):
    note("body")
print(trace)
