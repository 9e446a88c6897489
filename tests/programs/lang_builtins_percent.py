# printf-style % formatting for str and bytes: flags, *, mapping keys, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%-08.3d|", "%x", "%#x", "%#X", "%#o", "%o", "%#5o", "%i", "%u", "%e", "%.2E", "%f", "%.0f", "%#.0f", "%g", "%#g", "%G", "%10.4g", "%c", "%r", "%s", "%a", "%%", "%5%", "%-5s|", "%.2s", "%5.1s", "%+s", "% x", "%#.3x", "%0#8x"]
for v in [0, 42, -42, 3.75, -0.5, 1e20, 255, True, 10**25]:
    out = []
    for f in fmts:
        try:
            out.append(f % v if "%%" not in f else f % ())
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: "%*d|%-*d|" % (5, 1, 4, 2))
t(lambda: "%.*f" % (2, 3.14159))
t(lambda: "%*.*f" % (-8, 2, 3.14159))
t(lambda: "%*d" % ("a", 1))
t(lambda: "%(a)s %(b)05d %(a)r" % {"a": "x", "b": 3})
t(lambda: "%(a)s" % ({"a": 1},))
t(lambda: "%(a)s %s" % {"a": 1})
t(lambda: "%s %(a)s" % {"a": 1})
t(lambda: "%(a" % {"a": 1})
t(lambda: "%(a)*d" % {"a": 1})
t(lambda: "%s" % [1, 2])
t(lambda: "%s" % (1, 2))
t(lambda: "%s %s" % (1,))
t(lambda: "%d" % "a")
t(lambda: "%d" % 3.9)
t(lambda: "%x" % 3.9)
t(lambda: "%c" % "ab")
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % -1)
t(lambda: "%c" % 65.0)
t(lambda: "%y" % 1)
t(lambda: "%" % 1)
t(lambda: "abc%" % ())
t(lambda: "%s" % ())
t(lambda: "x" % 1)
t(lambda: "x" % {})
t(lambda: "x" % [])
t(lambda: "x" % "")
t(lambda: "%s" % {"a": 1})
t(lambda: "%f" % "x")
t(lambda: "%f" % None)
t(lambda: "%d" % None)
t(lambda: "%.1000f" % 1.0 if False else "%.50f" % 1.0)
t(lambda: "%ld %hd %Ld" % (1, 2, 3))
t(lambda: "%s" % b"x")
t(lambda: "%a" % "é\n")
t(lambda: "%r" % "é")
t(lambda: "%5c|%-5c|" % ("x", 65))
class X:
    def __index__(self): return 7
    def __int__(self): return 8
    def __float__(self): return 9.5
t(lambda: "%d %x %o %f %e" % (X(), X(), X(), X(), X()))
class Y:
    def __int__(self): return 8
t(lambda: "%d" % Y())
t(lambda: "%x" % Y())
class Z:
    def __float__(self): return 2.5
t(lambda: "%d" % Z())
t(lambda: "%f" % Z())
# bytes
bf = [b"%d", b"%5d", b"%x", b"%#x", b"%s", b"%b", b"%r", b"%a", b"%c", b"%f", b"%-5s|", b"%.1s"]
for v in [65, b"ab", bytearray(b"cd"), "s", 1.5, memoryview(b"mv")][:-1]:
    out = []
    for f in bf:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: b"%(x)s" % {b"x": b"1"})
t(lambda: b"%(x)s" % {"x": b"1"})
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: bytearray(b"%s-%d") % (b"a", 3))
t(lambda: b"%s" % ())
t(lambda: b"%s" % 5)
t(lambda: b"%i" % 3.5)
