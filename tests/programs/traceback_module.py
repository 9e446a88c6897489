# traceback: format/print of exceptions and chains, frame summaries, stacks, limits.
import io
import sys
import traceback


def fail(n):
    if n == 0:
        return {}['missing']
    return fail(n - 1)


def outer():
    try:
        fail(2)
    except KeyError as e:
        raise ValueError('wrapped') from e


try:
    outer()
except ValueError as e:
    err = e

print(''.join(traceback.format_exception(err)))
print(''.join(traceback.format_exception(err, chain=False)))
print(''.join(traceback.format_exception(err, limit=1)))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception(None))

summary = traceback.extract_tb(err.__traceback__)
print(summary)
for fs in traceback.extract_tb(err.__cause__.__traceback__):
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), len(fs), list(fs) == list(tuple(fs)))
print(traceback.format_tb(err.__traceback__))
print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 9, 'g', '')]))

buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(buf.getvalue() == ''.join(traceback.format_exception(err)))

try:
    1 / 0
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)


def where():
    return traceback.extract_stack()


def deeper():
    return where()


stack = deeper()
print([(fs.name, fs.line) for fs in stack])
print(''.join(traceback.format_stack(limit=1)))
print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())][:1])

te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type.__name__, type(te.__cause__).__name__, te.__suppress_context__)
print(''.join(te.format()) == ''.join(traceback.format_exception(err)))
print(list(te.format_exception_only()))
print(te.stack[0].name, len(te.stack))

try:
    compile('x = (1,', 'bad.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg)

try:
    try:
        raise KeyError('first')
    except KeyError:
        raise TypeError('second')
except TypeError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.TracebackException.from_exception(e, compact=True).format()))
traceback.print_exception(ValueError('to stderr'))
