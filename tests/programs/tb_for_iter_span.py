# The iterator of a `for` statement is taken and stepped at the whole statement: a
# traceback shows the `for` line without carets (the span is the whole statement), and a
# multi-line `for` shows its first line.
import traceback


def show(f):
    try:
        f()
    except Exception as e:
        print(''.join(traceback.format_exception(e)[1:]))


def single_line():
    for x in 5: pass


def multi_line():
    for x in (
        None
    ):
        pass


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError('stepping failed')


def from_next():
    for x in Boom():
        print(x)


def comprehension():
    y = 1
    return [z for z in y]


for f in (single_line, multi_line, from_next, comprehension):
    show(f)
for x in 7:
    pass
