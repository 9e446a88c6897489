# break/continue/return leave blocks (with, for, try/finally) on one branch; code after them on
# the other branch must still unwind correctly (exception handlers see the right stack).
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.swallow

for p in ("a", "", "b"):
    with CM('outer-' + p, swallow=True):
        if p:
            pass
        else:
            continue
        with CM('inner-' + p, swallow=True):
            raise ValueError(p)
print('loop 1 done')

for p in range(3):
    with CM('w%d' % p):
        if p == 1:
            break
        try:
            with CM('x%d' % p, swallow=True):
                raise KeyError(p)
        finally:
            print('finally', p)
print('loop 2 done')

def f(flag):
    for i in range(2):
        with CM('f%d' % i):
            if flag:
                return 'early'
            try:
                raise TypeError(i)
            except TypeError as e:
                print('caught', e)
    return 'late'
print(f(True), f(False))

def g(items):
    out = []
    for it in items:
        try:
            if it < 0:
                continue
            if it > 5:
                break
            with CM('g%d' % it, swallow=True):
                out.append(1 / it)
        finally:
            out.append('f')
    return out
print(g([2, -1, 0, 9, 1]))
