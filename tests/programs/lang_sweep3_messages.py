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
    from sys import argvv
except ImportError as e:
    print(e.name, e.name_from)
    print(traceback.format_exception_only(e)[-1], end="")
from sys import argvv
