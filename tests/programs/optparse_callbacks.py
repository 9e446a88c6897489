import io, sys, os
os.environ.pop("COLUMNS", None)
from optparse import (OptionParser, OptionGroup, Option, Values, TitledHelpFormatter,
                      OptionValueError, OptionConflictError, SUPPRESS_HELP, make_option)

def record(option, opt_str, value, parser, tag="t"):
    parser.values.ensure_value("seen", []).append((tag, opt_str, value))
def vararg(option, opt_str, value, parser):
    taken = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        taken.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, taken)
def strict(option, opt_str, value, parser):
    if value < 0:
        raise OptionValueError("%s must be non-negative" % opt_str)
    parser.values.level = value * 10
def run(p, argv):
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        o, a = p.parse_args(argv)
        print("ok", sorted(vars(o).items()), a)
    except SystemExit as e:
        print("exit", e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old

p = OptionParser(prog="cb", formatter=TitledHelpFormatter(width=60),
                 description="Callback demo for %prog.", epilog="The end.")
p.add_option("-r", "--rec", action="callback", callback=record)
p.add_option("-t", action="callback", callback=record, type="int", callback_kwargs={"tag": "int"})
p.add_option("--files", action="callback", callback=vararg, dest="files", help="any number of FILEs")
p.add_option("--level", action="callback", callback=strict, type="int", metavar="N", help="level %default")
p.set_default("level", 4)
g = OptionGroup(p, "Output", "Controls what is written.")
g.add_option("-o", "--out", default="-", help="output [%default]")
g.add_option("--fmt", type="choice", choices=("json", "text"), help="format (%default)")
p.add_option_group(g)
h = p.add_option_group("Hidden")
h.add_option("--secret", help=SUPPRESS_HELP)
for argv in (["-r", "-t", "5", "-rt7"], ["--files", "a", "b", "-r", "c"], ["--level", "3"],
             ["--level", "-1"], ["-t"], ["--fmt", "xml"], ["-o", "f", "--fmt=json", "--secret", "s"]):
    print(argv)
    run(p, argv)
print(p.format_help())
print(p.get_option_group("--out").title, p.get_option_group("--secret").title, p.get_option_group("-r"))
print([str(o) for o in g.option_list], g.get_description(), g.title)
g.set_title("Out"); g.set_description("New text."); print(g.format_help(p.formatter))
r = OptionParser(prog="res", conflict_handler="resolve")
r.add_option("-v", "--verbose", action="store_true", help="old")
grp = r.add_option_group("Extra")
grp.add_option("-v", "--vv", action="count", help="new")
r.add_option("--verbose", action="store_false", help="newest")
print([str(o) for o in r.option_list], [str(o) for o in grp.option_list])
print(r.format_option_help())
run(r, ["-vv", "--verbose", "--vv"])
try:
    r.set_conflict_handler("error"); r.add_option("--vv")
except OptionConflictError as e:
    print(type(e).__name__, e, e.option_id, e.msg)
v = Values({"x": 1, "y": None})
print(v.ensure_value("y", 5), v.ensure_value("z", []), v.ensure_value("x", 9), v)
v._update_careful({"x": 2, "w": 3}); print(v)
v._update_loose({"w": 3}); print(sorted(vars(v).items()))
print(v == Values(vars(v)), v != {"x": 2}, v.__eq__(5))
o = make_option("--num", type=int, default=3)
print(o.type, o.dest, o.nargs, o.default, o.check_value("--num", "0x10"), o.convert_value("--num", None))
o2 = Option("-p", nargs=3, type="float", action="append")
print(o2.convert_value("-p", ("1", "2.5", "1e3")), o2.takes_value(), o2.get_opt_string())
b = Values()
print(o2.process("-p", ("1", "2", "3"), b, None), b)
print(Option.STORE_ACTIONS, Option.TYPED_ACTIONS, Option.CONST_ACTIONS)
print(sorted(Option.TYPE_CHECKER), Option.ALWAYS_TYPED_ACTIONS)
