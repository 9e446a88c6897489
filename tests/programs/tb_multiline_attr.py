# An attribute or method name on a later line than its object is where a traceback points.
import traceback


class C:
    def m(self):
        raise ValueError(1)


def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'))


def chain():
    s = "a"
    return (s.upper()
              .nosuch())


def plain():
    x = None
    return (x
            .real)


def method():
    c = C()
    return (c
            .m(
            ))


def same_line():
    return ("a".upper().nope)


for f in (chain, plain, method, same_line):
    show(f)
