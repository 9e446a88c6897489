# Titlecase letters in str.isupper/islower; built-in exceptions refusing keyword arguments;
# dir() of a slice; file objects refusing to be pickled.
import pickle

for s in ["ǅ", "ǅA", "Aǅ", "aǅ", "ǅa", "Σǅ", "ᾼ", "ᾳ", "ABC", "abc", "ǈ1", "1"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())


class TaggedEG(ExceptionGroup):
    def __new__(cls, msg, excs, tag=None):
        return super().__new__(cls, msg, excs)


class E(Exception):
    pass


makers = [lambda: ExceptionGroup("m", [ValueError()], k=1),
          lambda: OSError(2, "x", filename="f"),
          lambda: SyntaxError("m", lineno=1),
          lambda: TaggedEG("t", [ValueError()], tag="T"),
          lambda: E("x", code=3),
          lambda: ValueError("v", x=1),
          lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, "bad", extra=1),
          lambda: ImportError("m", name="n"),
          lambda: NameError("n", name="n"),
          lambda: AttributeError("a", name="n", obj=1)]
for make in makers:
    try:
        print("made", type(make()).__name__)
    except TypeError as e:
        print("TypeError", e)

print([a for a in dir(slice(1)) if not a.startswith("_")])
print([a for a in dir(range(1)) if not a.startswith("_")])

with open(__file__) as text, open(__file__, "rb") as binary, \
        open(__file__, "rb", buffering=0) as raw:
    for f in (text, binary, raw):
        try:
            pickle.dumps(f)
            print("pickled", type(f).__name__)
        except TypeError as e:
            print("TypeError", e)


class Job:
    def __init__(self):
        self.log = open(__file__)


job = Job()
try:
    pickle.dumps(job)
except TypeError as e:
    print("TypeError", e)
job.log.close()
