# Traceback frames keep the variables of the frames the exception left, and tb_lasti is an
# instruction offset.
import sys


def inner(n, text):
    scratch = [n] * 2
    total = n * 2
    return total / (n - n)


def middle(k):
    label = f"k={k}"

    def nested():
        return label
    return inner(k, nested())


def walk(tb):
    while tb is not None:
        f = tb.tb_frame
        names = sorted(k for k in f.f_locals if not k.startswith("__"))
        print(f.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, isinstance(tb.tb_lasti, int), names)
        tb = tb.tb_next


try:
    middle(3)
except ZeroDivisionError as e:
    walk(e.__traceback__)
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_locals["scratch"], last.tb_frame.f_locals["total"])
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_locals["label"])


def keeps_alive():
    class Probe:
        def __del__(self):
            print("probe released")
    p = Probe()
    raise KeyError("k")


try:
    keeps_alive()
except KeyError as e:
    saved = e
print("handler done")
print(type(saved.__traceback__.tb_next.tb_frame.f_locals["p"]).__name__)
del saved
print("after del")


def gen():
    x = 10
    yield x
    raise ValueError(x)


g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals)
