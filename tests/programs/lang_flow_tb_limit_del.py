# sys.tracebacklimit honoured by traceback.print_exc/format_exc; carets under `del name` targets in printed tracebacks
import sys, traceback

def f(): 1/0
def g(): f()

for lim in (1, 2, 0, -3):
    sys.tracebacklimit = lim
    try:
        g()
    except ZeroDivisionError:
        print(f"--- limit {lim}")
        print(traceback.format_exc().replace(__file__, "F"), end="")
del sys.tracebacklimit

def del_local():
    x = 1
    del x
    del x
def del_global():
    global never_defined
    del never_defined
def del_free():
    a = 1
    def inner():
        nonlocal a
        del a
        del a
    inner()
for fn in (del_local, del_global, del_free):
    try:
        fn()
    except NameError:
        print(traceback.format_exc().replace(__file__, "F"), end="")
try:
    exec("del nothere", {})
except NameError:
    print(traceback.format_exc().replace(__file__, "F"), end="")
sys.tracebacklimit = 1
g()
