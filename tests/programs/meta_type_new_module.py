# type.__new__ called from a metaclass's __new__ with a namespace lacking __module__ records
# the module of the code calling it, as CPython does.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        clean = {k: v for k, v in ns.items() if k != "__module__"}
        return super().__new__(mcls, name, bases, clean)


class Model(metaclass=Meta):
    x = 1


print(Model.__module__, repr(Model), Model.x)


class Meta2(type):
    def __new__(mcls, name, bases, ns, **kw):
        return type.__new__(mcls, name, bases, {"y": 2})


class Other(metaclass=Meta2):
    pass


print(Other.__module__, repr(Other), Other.y)
T = type.__new__(type, "T", (), {})
print(T.__module__, repr(T))
U = type("U", (), {})
print(U.__module__, repr(U))


def factory():
    return Meta("Made", (), {})


print(factory().__module__)
