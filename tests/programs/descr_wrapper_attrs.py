# classmethod and staticmethod show the wrapped function's name, qualname, doc, annotations
# and module, and __wrapped__/__func__.
def f(x: int) -> str:
    "doc of f"


class K:
    @classmethod
    def c(cls, a: float):
        "c's doc"

    @staticmethod
    def s(*args):
        pass


for w in (classmethod(f), staticmethod(f), K.__dict__['c'], K.__dict__['s']):
    print(type(w).__name__, w.__name__, w.__qualname__, w.__doc__, w.__annotations__,
          w.__module__, w.__wrapped__ is w.__func__, w.__isabstractmethod__)
