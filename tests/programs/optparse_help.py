import io, sys, os
os.environ.pop("COLUMNS", None)
from optparse import (OptionParser, OptionGroup, make_option, TitledHelpFormatter,
                      IndentedHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)
p = OptionParser(usage="%prog [options] FILE...", prog="demo", version="%prog 1.0",
                 description="A demonstration program that shows how optparse lays out its help "
                             "text, including wrapping of long description paragraphs.",
                 epilog="Report bugs to nobody. This epilog is also long enough that it needs to be wrapped onto two lines.")
p.add_option("-f", "--file", dest="filename", metavar="FILE", help="write report to FILE [default: %default]", default="out.txt")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages to stdout")
p.add_option("-n", type="int", default=3, help="number of things (default %default)")
p.add_option("--a-very-long-option-name-indeed", action="store_true", help="an option with a very long name so that the help text starts on the next line")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--nohelp", action="store_true")
p.add_option("-m", "--mode", type="choice", choices=["fast", "slow"], help="mode; one of fast, slow")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk. It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--pair", nargs=2, type="float", metavar="X Y", help="two numbers")
p.add_option_group(g)
print(p.format_help())
print("----")
p.print_usage()
p.print_version()
print(repr(p.get_usage()))
t = OptionParser(prog="titled", formatter=TitledHelpFormatter(), description="Titled formatter demo.")
t.add_option("-x", "--extra", type="string", help="extra value")
tg = t.add_option_group("Group One")
tg.add_option("-y", action="count", help="count y")
print(t.format_help())
w = OptionParser(prog="narrow", formatter=IndentedHelpFormatter(width=40, max_help_position=30))
w.add_option("-l", "--level", type="int", help="the level at which the tool operates; larger means more output")
print(w.format_help())
s = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False)
s.add_option("-z", action="store_true", help="zed")
print(repr(s.format_help()))
u = OptionParser(usage="usage: %prog go", prog="pp")
print(repr(u.usage), repr(u.get_usage()))
e = OptionParser(prog="empty", add_help_option=False)
print(repr(e.format_help()))
f = IndentedHelpFormatter()
f.set_long_opt_delimiter(" "); f.set_short_opt_delimiter("")
d = OptionParser(prog="delim", formatter=f)
d.add_option("-o", "--out", help="output")
print(d.format_help())
try:
    f.set_long_opt_delimiter(":")
except ValueError as ex:
    print(type(ex).__name__, ex)
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    p.parse_args(["--help"])
except SystemExit as ex:
    sys.stdout = old
    print("help exit", ex.code, out.getvalue() == p.format_help())
sys.stdout = out = io.StringIO()
try:
    p.parse_args(["--version"])
except SystemExit as ex:
    sys.stdout = old
    print("version exit", ex.code, repr(out.getvalue()))
