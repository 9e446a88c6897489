import sys
def hook(t, v, tb):
    print("hook", t.__name__, v, type(tb).__name__)
    raise RuntimeError("hook failed")
sys.excepthook = hook
def f():
    raise ValueError("boom")
f()
