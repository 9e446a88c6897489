# An error while loading the first argument (or the __class__ cell) for zero-argument
# super(): CPython 3.12 marks `super()` (the call's position), not the whole attribute.
import traceback, sys
class A:
    x = 1
    def m(self): return 1
class B(A):
    def f(self):
        del self
        return super().x
    def g(self):
        del self
        return super().m()
for name in ("f", "g"):
    try:
        getattr(B(), name)()
    except UnboundLocalError:
        traceback.print_exc(limit=-1, file=sys.stdout)
