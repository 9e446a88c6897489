# sys.displayhook/__displayhook__ behind 'single' mode, and os.fspath's TypeError without a context.
import sys, os
print(hasattr(sys, 'displayhook'), sys.displayhook is sys.__displayhook__)
exec(compile('1+1', '<s>', 'single'))
print(_)
exec(compile('None', '<s>', 'single'))
print(_)
sys.displayhook = lambda v: print('hook', v)
exec(compile('3*3', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
sys.displayhook('x')
try: os.fspath(5)
except Exception as e: print(repr(e), repr(e.__context__))
