import logging
import logging.handlers
import io
import sys

stream = io.StringIO()
errstream = io.StringIO()

class ContextFilter(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user
    def filter(self, record):
        record.user = self.user
        return not record.getMessage().startswith("secret")

class UpperFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

root = logging.getLogger()
root.setLevel(logging.WARNING)
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
h = logging.StreamHandler(stream)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(user)s|%(message)s"))
h.addFilter(ContextFilter("ann"))
app.addHandler(h)
eh = logging.StreamHandler(errstream)
eh.setLevel(logging.ERROR)
eh.setFormatter(UpperFormatter("{levelname}:{name}:{message}", style="{"))
app.addHandler(eh)

db = logging.getLogger("app.db")
db.debug("debug hidden by handler level")
db.info("connected to %s:%d", "localhost", 5432)
db.warning("slow query took %.2f s", 1.23456)
app.info("secret token")
app.error("failed %r", {"code": 7})
db.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
db.log(25, "named custom level")
app.critical("disk %s%% full", 99)
print(stream.getvalue(), end="")
print(errstream.getvalue(), end="")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), db.parent is app, app.parent is root, db.propagate)
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(logging.WARN), logging.getLevelName(33))
print(logging.getLogger("app.db") is db, logging.getLogger("app").getChild("db") is db, db.name, repr(db), repr(app))

s2 = io.StringIO()
lg = logging.getLogger("exc")
lg.propagate = False
hh = logging.StreamHandler(s2)
hh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(hh)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("boom %d", 1)
    lg.error("no tb", exc_info=False)
    lg.warning("with stack", exc_info=True)
lines = s2.getvalue().splitlines()
print([l for l in lines if not l.startswith("  ")])
lg.info("below")
lg.setLevel(logging.INFO)
lg.info("args as dict %(a)s %(b)s", {"a": 1, "b": 2})
lg.info("bad format %d", "x")
print(s2.getvalue().splitlines()[-1])

# formatter details
rec = logging.LogRecord("n", logging.INFO, "/path/mod.py", 42, "msg %s %s", ("a", 1), None, func="fn")
for fmt, style in [("%(name)s:%(lineno)d:%(funcName)s:%(module)s:%(filename)s:%(levelno)s", "%"),
                   ("{name}/{message}/{pathname}", "{"), ("$name $levelname ${message}", "$"),
                   ("%(message)r %(process)s" if False else "%(message)r", "%")]:
    print(logging.Formatter(fmt, style=style).format(rec))
print(rec.getMessage(), rec.args, rec.levelname, rec.msg, repr(rec).replace("/path/", ""))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec.created = 0.0
rec.msecs = 0.0
print(f.formatTime(rec, "%Y-%m-%d") [:4], f.usesTime(), logging.Formatter("%(message)s").usesTime())
for bad in [("%(nope", "%"), ("{x", "{"), ("no fields", "%"), ("$", "$"), ("%(a)s", "x")]:
    try:
        logging.Formatter(*bad)
        print("ok", bad)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("%(nofield)s").format(rec) if False else "")
try:
    logging.Formatter("%(nofield)s").format(rec)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)

# memory handler and buffering
target_stream = io.StringIO()
target = logging.StreamHandler(target_stream)
target.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mh)
ml.debug("one"); ml.debug("two")
print(repr(target_stream.getvalue()), len(mh.buffer))
ml.debug("three")
print(repr(target_stream.getvalue()), len(mh.buffer))
ml.info("four"); ml.error("five")
print(repr(target_stream.getvalue()))
mh.close()

# LoggerAdapter and basicConfig with stream
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['req']}] {msg}", kwargs
a_stream = io.StringIO()
al = logging.getLogger("adapt")
al.propagate = False
ah = logging.StreamHandler(a_stream)
ah.setFormatter(logging.Formatter("%(message)s|%(req)s"))
al.addHandler(ah)
ad = Adapter(al, {"req": "r1"})
ad.warning("hello %s", "world")
al.warning("direct", extra={"req": "r2"})
try:
    al.warning("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
print(a_stream.getvalue(), end="")
bs = io.StringIO()
logging.basicConfig(stream=bs, level=logging.INFO, format="BASIC %(levelname)s %(message)s", force=True)
logging.info("via root")
logging.getLogger("unconfigured.child").warning("propagates")
logging.debug("hidden")
print(bs.getvalue(), end="")
try:
    logging.basicConfig(stream=bs, filename="x.log", force=True)
except ValueError as e:
    print("ValueError", e)
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.disable(logging.NOTSET)
logging.error("enabled again")
print(bs.getvalue().splitlines()[-1], logging.root.manager.disable)
nh = logging.NullHandler()
print(repr(nh), repr(h).replace("<StreamHandler ", "<SH ")[:30], logging.lastResort is not None, logging.raiseExceptions)
print(sorted(n for n in logging.root.manager.loggerDict if not n.startswith("_")))
logging.shutdown()
