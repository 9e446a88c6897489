# A CLI-like script that exits with a message via SystemExit after cleanup handlers run.
import atexit

log = []


def cleanup():
    print("cleanup ran, log =", log)


atexit.register(cleanup)


def main(argv):
    try:
        if len(argv) < 2:
            raise SystemExit("usage: prog FILE")
    finally:
        log.append("finally in main")


try:
    main(["prog", "x"])
    print("first call ok")
    main(["prog"])
except SystemExit as e:
    print("caught SystemExit:", e.code, repr(e))
    log.append("caught")

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    raise SystemExit(3, "extra")
except SystemExit as e:
    print("tuple code:", e.code, e.args)

main(["prog"])
