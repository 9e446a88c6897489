# SyntaxError location for `def f(*, **k)`: caret on the bare *
def f(a, *, **k): pass
