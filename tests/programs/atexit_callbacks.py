# atexit: callbacks run last-first at exit with their arguments, after the main program;
# unregister removes every registration; a failing callback is reported and the rest run.
import atexit

def say(*args, **kwargs):
    print('say', args, sorted(kwargs.items()))

class Boom:
    def __call__(self):
        print('boom runs')
        raise ValueError('callback failed')
    def __repr__(self):
        return '<Boom>'
boom = Boom()

def never():
    print('never printed')

print(atexit.register(say, 1, 2, k='v') is say)
atexit.register(boom)
atexit.register(never)
atexit.register(never)
atexit.unregister(never)

@atexit.register
def decorated():
    print('decorated, ncallbacks', atexit._ncallbacks())

try:
    atexit.register(5)
except TypeError as e:
    print(type(e).__name__, e)

class Res:
    pass
import weakref
r = Res()
f = weakref.finalize(r, print, 'finalizer at exit')
r2 = Res()
f2 = weakref.finalize(r2, print, 'suppressed finalizer')
f2.atexit = False
del f, f2
print('end of main', atexit._ncallbacks())
