# traceback.format_tb / print_tb / extract_tb / StackSummary carry CPython's columns
# (from code.co_positions()) and draw the same position marks as the interpreter's report.
import sys
import traceback


def divide(a, b):
    return a / b


def index(items, i):
    return items[i] + 1


def attr(obj):
    value = obj.missing_attribute
    return value


def call_chain(x):
    return divide(x, 0) + index([1, 2], 5)


def nested(d):
    return d['a']['b']['c']


def wide(s):
    return "ünïcödé" + s + (1 + "x")


def whole_line():
    raise ValueError('whole line')


cases = [
    lambda: divide(1, 0),
    lambda: index([1], 3),
    lambda: attr(object()),
    lambda: call_chain(3),
    lambda: nested({'a': {'b': {}}}),
    lambda: wide('t'),
    whole_line,
]

for case in cases:
    try:
        case()
    except Exception as e:
        tb = e.__traceback__
        print('--- format_tb')
        print(''.join(traceback.format_tb(tb)), end='')
        print('--- extract_tb')
        for fs in traceback.extract_tb(tb):
            print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
        print('--- TracebackException.stack.format')
        te = traceback.TracebackException.from_exception(e)
        print(''.join(te.stack.format()), end='')
        print('--- print_tb with limit')
        traceback.print_tb(tb, limit=2, file=sys.stdout)

# co_positions of a function: the failing instruction's columns.
def f(x):
    return x.real + x.imag.missing

try:
    f(3)
except AttributeError as e:
    tb = e.__traceback__.tb_next
    pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
    print('position', pos)
    line = traceback.extract_tb(tb)[0]
    print(line.line[line.colno - 4:line.end_colno - 4])

# A multi-line expression: marks under the first line only.
def multi(a):
    return (a +
            None)

try:
    multi(1)
except TypeError as e:
    print(''.join(traceback.format_tb(e.__traceback__)), end='')
    fs = traceback.extract_tb(e.__traceback__)[-1]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)

# format_list of plain tuples has no columns.
print(''.join(traceback.format_list([('f.py', 3, 'g', 'x = y[1]')])), end='')

# An uncaught error: the interpreter's own report.
call_chain(1)
