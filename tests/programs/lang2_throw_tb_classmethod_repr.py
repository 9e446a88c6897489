# generator.throw(type, value, tb) checks its traceback argument; reprs of classmethod and
# staticmethod around built-ins (CPython's DeprecationWarning for the three-argument form is
# silenced here: pyrs does not issue it)
import warnings
warnings.simplefilter("ignore")

def g():
    yield

for args in [(ValueError, 1, 5), (ValueError, None, None), (ValueError(2), None, 7), (KeyError, 3)]:
    try:
        g().throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
gen = g()
next(gen)
try:
    gen.throw(KeyError, KeyError("k"), tb)
except KeyError as e:
    print("KeyError", e, e.__traceback__ is not None)
print(repr(classmethod(len)), repr(staticmethod(len)))
print(repr(dict.__dict__["fromkeys"]), repr(int.__dict__["from_bytes"]))
print(type(classmethod(len)).__name__, type(dict.__dict__["fromkeys"]).__name__)
for value in [KeyError("k"), ("a", "b"), 5, LookupError("base")]:
    gen = g()
    next(gen)
    try:
        gen.throw(KeyError, value)
    except LookupError as e:
        print(type(e).__name__, e.args)
