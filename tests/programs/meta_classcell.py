class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, "__classcell__" in ns, type(ns.get("__classcell__")).__name__)
        return super().__new__(mcls, name, bases, ns)

class A(metaclass=Meta):
    def m(self):
        return __class__

class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)

try:
    class B(metaclass=Dropper):
        def m(self):
            return super().m
except RuntimeError as e:
    print("RuntimeError", e)
