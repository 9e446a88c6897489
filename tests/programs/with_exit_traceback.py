class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, tb is not None, ev.__traceback__ is not None, tb is ev.__traceback__)
        return True

with CM():
    raise ValueError("x")

def f():
    with CM():
        raise KeyError("y")
f()

def g():
    with CM():
        {}["z"]
g()
