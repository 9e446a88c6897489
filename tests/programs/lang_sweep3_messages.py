# ImportError 'Did you mean' hints (from X import Y) and str methods' argument-count messages.
for t in [lambda: "a".join(), lambda: "a".zfill(), lambda: "a".format_map(), lambda: "a".startswith(), lambda: "a".count(),
          lambda: "a".find(), lambda: "a".rindex("a", 1, 2, 3), lambda: "a".partition(), lambda: "a".rpartition(1, 2),
          lambda: "a".removeprefix(), lambda: "a".translate(), lambda: "a".endswith("a", 1, 2, 3), lambda: "a".join(1, 2)]:
    try:
        t()
    except TypeError as e:
        print(e)
import traceback
try:
    except ImportError as e:
    print(e.name, e.name_from)
    print(traceback.format_exception_only(e)[-1], end="")
from sys import argvv
for fmt, a in [("{:{:{}}}", (1, 2, 3)), ("{0.}", (1,)), ("{:{}}", (1, 5)), ("{0:{1}{2}}", (3.14159, ">", 9)), ("{0.real.}", (1,)), ("{0[0]:{1}}", ([7], 4)), ("{a.}", ())]:
    try:
        print(repr(fmt.format(*a, a=1)))
    except (ValueError, AttributeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
from sys import argvv
