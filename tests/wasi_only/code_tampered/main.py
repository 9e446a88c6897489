# Code objects a program tampered with: pyrs refuses them or runs them to a Python
# exception, never a crash (CPython documents such code as able to crash the interpreter).
import marshal

def g(*a, **k):
    return a, k

def f():
    return g(1, x=2)

# More keyword names than the call has arguments.
c = f.__code__
consts = tuple(('x', 'y', 'z') if isinstance(k, tuple) else k for k in c.co_consts)
f.__code__ = c.replace(co_consts=consts)
try:
    f()
except SystemError as e:
    print('SystemError', e)

# Every byte of a code dump changed: marshal.loads gives a code object or ValueError.
def h(a, b=2, *c, d, **e):
    try:
        return [x * a for x in c if x] + [b, d, e]
    except TypeError as err:
        return err
    finally:
        a = None

data = marshal.dumps(h.__code__)
outcomes = set()
for i in range(len(data)):
    for b in (0, 0x7f, 0xff, data[i] ^ 1):
        bad = data[:i] + bytes([b]) + data[i + 1:]
        try:
            outcomes.add(type(marshal.loads(bad)).__name__)
        except ValueError as e:
            outcomes.add('ValueError')
        except EOFError:
            outcomes.add('EOFError')
print(sorted(outcomes))

# The dump itself still round-trips and runs.
h2 = type(h)(marshal.loads(data), globals(), 'h2', (2,))
print(h2(3, 0, 1, 2, d=4, k=5))
