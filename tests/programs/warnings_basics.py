# warnings: the default filters, warn/warn_explicit with stacklevel, the actions (default,
# always, error, ignore, once), message patterns, catch_warnings (record, action), the
# registry, formatwarning and a replaced showwarning.
import warnings
import sys
import os

_orig_show = warnings.showwarning


def to_stdout(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, os.path.basename(filename), lineno, line)
    sys.stdout.write(text)


warnings.showwarning = to_stdout

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

def lib():
    warnings.warn("lib warning")

print(len(warnings.filters), [f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])
old()
for i in range(3):
    lib()
warnings.warn("user level", UserWarning)
warnings.warn(RuntimeWarning("an instance"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    lib()
    lib()
    warnings.warn("dep", DeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno)
print(len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        lib()
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="lib")
    lib()
    warnings.filterwarnings("error", message="boom.*x$")
    try:
        warnings.warn("boom and x")
    except UserWarning as e:
        print("raised", e)
    warnings.warn("boom and y")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(log))
with warnings.catch_warnings(action="ignore"):
    warnings.warn("hidden")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code()  "))
warnings.showwarning = _orig_show
warnings.warn_explicit("explicit", SyntaxWarning, "other.py", 12)
warnings.showwarning = to_stdout
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("via custom")
sys.stderr.flush()
