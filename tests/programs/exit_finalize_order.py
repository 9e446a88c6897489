# At exit, what only __main__ keeps alive is finalized while every global is still bound
# (CPython collects the module's cycles before clearing its namespace).
class Marker(Exception):
    pass


LABEL = "still bound"


def worker(tag):
    try:
        while True:
            yield tag
    except Marker:
        print("never")
    finally:
        print("worker", tag, "closing:", LABEL, Marker.__name__)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name, LABEL)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


s = stubborn()
next(s)
s.throw(GeneratorExit)
w1 = worker("a")
next(w1)
r = Resource("r1")
w2 = worker("b")
next(w2)
_private = Resource("underscore")
print("end of program")
