# A function's __kwdefaults__ is the dict its calls read: changing it changes the defaults.
def func(*args, __wrapper=None, **kwargs):
    return __wrapper


print(func.__kwdefaults__, func.__kwdefaults__ is func.__kwdefaults__)
func.__kwdefaults__["__wrapper"] = 5
print(func())
func.__kwdefaults__.update({"__wrapper": func})
print(func() is func, func(__wrapper=1))


class A:
    def m(self, *, __x=1, y=2):
        return __x, y


print(A.m.__kwdefaults__, A().m())
A.m.__kwdefaults__["_A__x"] = 7
del A.m.__kwdefaults__["y"]
try:
    A().m()
except TypeError as e:
    print("TypeError", e)
A.m.__kwdefaults__ = {"_A__x": 0, "y": 9}
print(A().m(), A.m.__kwdefaults__)
A.m.__kwdefaults__ = None
print(A.m.__kwdefaults__)


def plain(a, *, b):
    return b


print(plain.__kwdefaults__)
import gc
func.__kwdefaults__["__wrapper"] = func
del func
print(gc.collect() >= 0)
