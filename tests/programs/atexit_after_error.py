# atexit callbacks run after an uncaught exception is printed; SystemExit in one is reported, not obeyed.
import atexit, sys
atexit.register(print, 'at exit after error')
def f():
    raise KeyError('x')
atexit.register(sys.exit, 3)
f()
