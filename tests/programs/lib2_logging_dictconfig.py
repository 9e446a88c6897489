import logging
import logging.config
import io
import sys

class ListHandler(logging.Handler):
    records = []
    def emit(self, record):
        ListHandler.records.append(self.format(record))

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.lineno % 2 == 1 or record.levelno >= logging.ERROR

stream = io.StringIO()
config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "curly": {"format": "{levelname:<7} {name} | {message}", "style": "{"},
        "custom": {"()": lambda: logging.Formatter("CUSTOM %(message)s")},
    },
    "filters": {
        "only_app": {"name": "app"},
        "odd": {"()": OnlyOdd},
    },
    "handlers": {
        "mem": {"class": "__main__.ListHandler", "formatter": "curly", "level": "DEBUG"},
        "stream": {"class": "logging.StreamHandler", "stream": stream, "formatter": "brief", "filters": ["only_app"], "level": "INFO"},
        "custom": {"class": "__main__.ListHandler", "formatter": "custom", "level": "ERROR"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["mem", "stream"], "propagate": False},
        "app.net": {"level": "WARNING"},
        "lib": {"level": "INFO", "handlers": ["custom"]},
    },
    "root": {"level": "ERROR", "handlers": ["stream"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
net = logging.getLogger("app.net")
lib = logging.getLogger("lib")
other = logging.getLogger("other")
app.debug("app debug")
app.info("app info %d", 1)
net.info("net info hidden")
net.warning("net warning")
lib.info("lib info")
lib.error("lib error")
other.error("other error filtered by only_app")
other.critical("other critical")
print(ListHandler.records)
print(stream.getvalue(), end="")
print(app.level, net.level, net.getEffectiveLevel(), lib.propagate, logging.getLogger().level, len(logging.getLogger().handlers))

for bad in [{"version": 2}, {}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "formatters": {"f": {"format": "%(x", "style": "%"}}},
            {"version": 1, "loggers": {"x": {"level": "NOPE"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "root": {"handlers": ["ghost"]}}]:
    try:
        logging.config.dictConfig(bad)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:90])

# incremental config
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "ERROR"}}})
print(logging.getLogger("app").level)
# level names & conversions
for v in ["DEBUG", "INFO", 30, "Level 77", "warn"]:
    print(repr(v), logging.getLevelName(v))
print(logging.getLevelNamesMapping()["FATAL"])
lg = logging.getLogger("setlvl")
for lvl in ["info", 15, "INFO"]:
    try:
        lg.setLevel(lvl)
        print("level", lg.level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lg.setLevel(None)
except TypeError as e:
    print("TypeError", e)
h = logging.StreamHandler(io.StringIO())
print(repr(h).split(" (")[0].replace("<StreamHandler ", "<SH "), h.level, h.name, h.formatter)
h.set_name("named")
print(h.get_name(), h.name)
root_stream = io.StringIO()
logging.basicConfig(stream=root_stream, force=True, format="%(name)s/%(levelname)s/%(message)s", level="DEBUG")
logging.getLogger("x.y.z").debug("deep %s", [1, 2])
logging.log(logging.INFO, "root log")
logging.warn if False else None
logging.critical("crit")
print(root_stream.getvalue(), end="")
record = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 40, "levelname": "ERROR", "name": "mk"})
print(record.getMessage(), record.name, record.levelname, record.lineno, record.exc_info)
logging.getLogger("mk").handle(record)
print(root_stream.getvalue().splitlines()[-1])
print(logging.getLogger("a.b").parent.name, logging.getLogger("a").getChild("b.c").name, logging.getLogger().name, logging.root is logging.getLogger())
fh = logging.Filterer()
fh.addFilter(lambda r: r.msg != "drop")
print(fh.filter(logging.makeLogRecord({"msg": "keep"})), bool(fh.filter(logging.makeLogRecord({"msg": "drop"}))))
