# Tracebacks mark a failing store, delete or unpacking at its target, and an augmented
# assignment's load and store at the target (its operation at the whole statement)
import traceback

class A:
    pass

def cases():
    a = A()
    x = [1]
    t = (1,)
    d = {}
    yield lambda: setattr_stmt(5)
    def f1(): x[5] = 2
    yield f1
    def f2(): del x[5]
    yield f2
    def f3(): del a.zz
    yield f3
    def f4(): p, q = [1, 2, 3]
    yield f4
    def f5(): p, q = 5
    yield f5
    def f6():
        for p, q in [(1, 2, 3)]: pass
    yield f6
    def f7(): t[0] = 5
    yield f7
    def f8(): p, *q, r = [1]
    yield f8
    def f9(): a.count += 1
    yield f9
    def f10(): d["k"] += 1
    yield f10
    def f11():
        a.n = 1
        a.n += "s"
    yield f11
    def f12():
        y = 1
        y += "a"
    yield f12
    def f13(): x[0], x[9] = 1, 2
    yield f13

def setattr_stmt(v):
    v.y = 2

for case in cases():
    try:
        case()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(l for l in lines if not l.startswith("  File")))
