# An exception raised by __exit__ (normal exit, exception exit, return, break, continue) is
# reported at the `with` statement's line, as CPython reports it
class CM:
    def __init__(self, fail): self.fail = fail
    def __enter__(self): return self
    def __exit__(self, *a):
        if self.fail:
            raise RuntimeError("exit fail")
        return False

def ret():
    with (CM(False) as a,
          CM(True) as b):
        return 5

def loop():
    for i in range(3):
        with CM(i == 1):
            if i:
                break
            continue

for f in (ret, loop):
    try:
        f()
    except RuntimeError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(f.__name__, e, tb.tb_frame.f_code.co_name, tb.tb_lineno, e.__traceback__.tb_next.tb_lineno)

with CM(True) as c, CM(False) as d:
    x = 1
    1 / 0
