from optparse import OptionParser, Values, make_option, OptionValueError
def cb(option, opt, value, parser, *args, **kw):
    print("callback", str(option), opt, value, args, sorted(kw.items()), parser.largs, parser.rargs)
    parser.values.cbval = value
def needs_two(option, opt, value, parser):
    parser.values.taken = parser.rargs[:2]
    del parser.rargs[:2]
p = OptionParser(prog="prog")
p.add_option("-v", "--verbose", action="count", dest="verbosity")
p.add_option("-q", action="store_const", const=0, dest="verbosity")
p.add_option("-o", "--output")
p.add_option("-n", "--num", type="int", default="7")
p.add_option("-x", type="float")
p.add_option("--long", type="long")
p.add_option("-c", type="complex")
p.add_option("-I", action="append", dest="include")
p.add_option("-D", action="append_const", const="dbg", dest="flags")
p.add_option("-E", action="append_const", const="err", dest="flags")
p.add_option("--yes", action="store_true", dest="answer")
p.add_option("--no", action="store_false", dest="answer")
p.add_option("--cb", action="callback", callback=cb, type="string", callback_args=(1, 2), callback_kwargs={"k": "v"})
p.add_option("--two", action="callback", callback=needs_two)
p.add_option("--point", nargs=2, type="int")
p.add_option("--choice", choices=["a", "b"])
p.add_option("--verbose-mode", action="store_true")
opts, args = p.parse_args([])
print(opts, args, sorted(vars(opts).items()))
cases = [
    ["-vvv", "file1", "-ofoo", "file2", "--num=0x1f", "-x", "2.5"],
    ["-v", "-q", "--output", "a=b", "--", "-v", "rest"],
    ["-I", "a", "-Ib", "--include=c"] if False else ["-I", "a", "-Ib", "-DE", "-D"],
    ["--yes", "--no", "--long", "0b101", "-c", "1+2j", "-n", "010"],
    ["--cb", "val", "x", "--two", "p", "q", "r"],
    ["--point", "3", "4", "--choice", "b", "--verbose"],
    ["-vo", "x", "-", "y"],
    ["--out=z", "--verbose-m"],
]
for c in cases:
    o, a = p.parse_args(c)
    print(c, "->", sorted((k, v) for k, v in vars(o).items() if v is not None), a)
p.disable_interspersed_args()
o, a = p.parse_args(["-v", "pos", "-v", "--num", "3"])
print(o.verbosity, a, p.largs, p.rargs)
p.enable_interspersed_args()
v = Values({"a": 1})
print(v, v == {"a": 1}, v == Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 5))
print(repr(v).startswith("<Values at 0x"))
p.set_defaults(num=99, output="def")
o, a = p.parse_args([])
print(o.num, o.output)
o, a = p.parse_args(["-n", "5"], values=Values({"preset": True}))
print(sorted(vars(o).items()))
p2 = OptionParser()
p2.set_process_default_values(False)
p2.add_option("-n", type="int", default="12")
print(p2.parse_args([])[0].n)
opt = make_option("-k", "--keep-going", action="store_true")
print(str(opt), opt.dest, opt.get_opt_string(), repr(opt).startswith("<Option at 0x"), opt.takes_value())
print(p.get_option("-v").dest, p.has_option("--output"), p.has_option("--zzz"), p.get_option("--zzz"))
p.remove_option("--output")
print(p.has_option("-o"))
try:
    p.remove_option("--output")
except ValueError as e:
    print("ValueError", e)
r = OptionParser(conflict_handler="resolve", add_help_option=False)
r.add_option("-a", "--all", action="store_true", help="first")
r.add_option("-a", "--alpha", action="store_true", help="second")
r.add_option("--all", action="store_false", help="third")
print([str(o) for o in r.option_list], r.format_option_help())
g = r.add_option_group("G")
g.add_option("-z", help="zz")
print(r.get_option_group("-z") is g, r.get_option_group("--alpha"))
