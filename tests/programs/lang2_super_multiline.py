# super() and its attribute on different lines: errors raised while making the super
# object are reported where super() starts, as CPython 3.12.
import sys, traceback, builtins
class A:
    x = 1
class B(A):
    def bad(self):
        self = 5
        return (super()
                .x)
    def where(self):
        return (super()
                .x)
try:
    B().bad()
except TypeError:
    print("bad self at line", sys.exception().__traceback__.tb_next.tb_lineno)
def fake(*args):
    print("replaced super called from line", sys._getframe(1).f_lineno)
    return A()
builtins.super = fake
B().where()
