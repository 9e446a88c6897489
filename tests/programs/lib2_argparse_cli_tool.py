import argparse
import io
import contextlib

def build():
    p = argparse.ArgumentParser(prog="deploy", description="Deploy services to a cluster.",
                                epilog="Example: deploy web --replicas 3", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--dry-run", action="store_true", help="do nothing")
    p.add_argument("--region", choices=["eu", "us", "ap"], default="eu", help="target region")
    p.add_argument("--tag", action="append", dest="tags", metavar="K=V", help="labels")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds")
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colorize")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    grp = p.add_mutually_exclusive_group()
    grp.add_argument("--fast", action="store_const", const="fast", dest="mode")
    grp.add_argument("--safe", action="store_const", const="safe", dest="mode")
    sub = p.add_subparsers(dest="command", title="commands", required=True, metavar="COMMAND")
    web = sub.add_parser("web", help="deploy web tier", aliases=["w"])
    web.add_argument("name", help="service name")
    web.add_argument("--replicas", type=int, default=1)
    web.add_argument("ports", nargs="*", type=int, help="ports to expose")
    db = sub.add_parser("db", help="deploy database")
    db.add_argument("engine", choices=["pg", "mysql"])
    db.add_argument("--size", nargs=2, metavar=("CPU", "MEM"), type=int)
    db.add_argument("files", nargs="+")
    job = sub.add_parser("job", help="run a job")
    job.add_argument("cmd", nargs=argparse.REMAINDER)
    job.add_argument("--retries", type=int, choices=range(5), default=0)
    return p

def run(argv):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print(f"$ deploy {' '.join(argv)}")
    if ns is not None:
        print("  ", sorted(vars(ns).items()))
    if out.getvalue():
        print(out.getvalue(), end="")
    if err.getvalue():
        print("  stderr:", err.getvalue().replace("\n", "\n  stderr: ").rstrip("stderr: ").rstrip())
    if code is not None:
        print("  exit", code)

run(["web", "api", "80", "443", "-vv"] if False else ["-vv", "web", "api", "80", "443"])
run(["--tag", "a=1", "--tag", "b=2", "--region", "us", "w", "svc", "--replicas", "3"])
run(["--no-color", "--fast", "db", "pg", "--size", "2", "512", "dump.sql", "x.sql"])
run(["job", "--retries", "2", "make", "--all", "-j4"])
run(["--timeout", "1e1", "--dry-run", "job"])
run([])
run(["--region", "mars", "web", "x"])
run(["--fast", "--safe", "web", "x"])
run(["web"])
run(["db", "oracle", "f"])
run(["db", "pg"])
run(["db", "pg", "--size", "1", "f"])
run(["web", "x", "--replicas", "many"])
run(["--timeout", "soon", "web", "x"])
run(["--bogus", "web", "x"])
run(["web", "x", "extra-not-int"])
run(["deploy-unknown"])
run(["job", "--retries", "9"])
run(["--version"])
run(["-h"])
run(["web", "--help"])
run(["--reg", "ap", "web", "n"])
run(["--re", "ap", "web", "n"] if False else ["--tim", "5", "web", "n"])
run(["--", "web", "n"])
run(["web", "--", "-5"])
run(["-v", "-v", "-v", "web", "n"])

p = argparse.ArgumentParser(prog="calc", exit_on_error=False, add_help=False)
p.add_argument("n", type=int)
p.add_argument("--op", required=True)
for argv in (["3", "--op", "add"], ["x", "--op", "add"], ["3"], ["3", "--op"]):
    try:
        print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError", e, "|", e.argument_name)
    except SystemExit as e:
        print("SystemExit", e.code)
ns, rest = p.parse_known_args(["5", "--op", "x", "--extra", "y"])
print(ns, rest)
print(p.format_usage(), end="")
pi = argparse.ArgumentParser(prog="inter")
pi.add_argument("--foo")
pi.add_argument("a")
pi.add_argument("b", nargs="?")
print(pi.parse_intermixed_args(["x", "--foo", "f", "y"]))
pf = argparse.ArgumentParser(prog="files", fromfile_prefix_chars="@", prefix_chars="-+")
pf.add_argument("+x", action="store_true")
pf.add_argument("-y", default=argparse.SUPPRESS)
print(pf.parse_args(["+x"]), pf.parse_args(["-y", "1"]))
pf.set_defaults(extra="dflt")
print(pf.parse_args([]), pf.get_default("extra"))
for bad in (lambda: pf.add_argument("+x"), lambda: pf.add_argument("z", nargs=0), lambda: pf.add_argument("--q", action="nope"),
            lambda: pf.add_argument("--w", type="int"), lambda: pf.add_argument("pos", required=True),
            lambda: pf.add_argument("--c", choices=5)):
    try:
        bad()
        print("accepted")
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
hp = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="Line one\n   indented line two\n\nparagraph")
hp.add_argument("--long-option-name-that-is-very-long", metavar="VALUE_WITH_LONG_NAME", help="a " * 40)
hp.add_argument("x", help=argparse.SUPPRESS)
g = hp.add_argument_group("advanced", "Advanced knobs")
g.add_argument("--knob", type=int, help="default %(default)s of type %(type)s", default=4)
print(hp.format_help())
