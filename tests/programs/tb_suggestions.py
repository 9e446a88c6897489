# "Did you mean" hints on AttributeError and NameError reports (traceback module and the
# interpreter's own report at exit).
import traceback


class Point:
    def __init__(self):
        self.x = 1
        self.value = 2

    def area(self):
        return valeu

    def show(self):
        return Value


def report(fn):
    try:
        fn()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end='')


report(lambda: Point().vale)
report(lambda: Point().X)
report(lambda: Point().completely_different)
report(lambda: Point().area())
report(lambda: Point().show())
report(lambda: prnt('x'))
report(lambda: lenn([]))
report(lambda: math.pi)
report(lambda: [].apend(1))
report(lambda: 'abc'.uper())
report(lambda: {}.get_item)
report(lambda: (1).bitlength())
report(lambda: Point().__init_)


def local_names():
    counter = 1
    return countr


report(local_names)
import collections
report(lambda: collections.OrderDict)
report(lambda: collections.defaultdic)
report(lambda: object().x)
report(lambda: None.foo)
try:
    raise AttributeError('custom')
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end='')
e = NameError('plain')
print(traceback.format_exception_only(e)[-1], end='')
print(str(AttributeError('x')))
Point().valeu
