# GeneratorExit arguments, ignored GeneratorExit, StopIteration raised inside a generator, throw forms.
def watcher():
    try:
        yield 1
    except GeneratorExit as e:
        print('GeneratorExit args', e.args, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise
g = watcher()
next(g)
print(g.close())
print(g.close(), g.gi_frame, g.gi_running)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'value ignored by close'
g = returns_on_exit()
next(g)
print('close returned', g.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('replaced GeneratorExit')
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def leaks_stop():
    yield 1
    raise StopIteration('leaked')
g = leaks_stop()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '|', repr(e.__cause__))
def calls_next_on_empty():
    yield next(iter([]))
try:
    list(calls_next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def catches_base():
    while True:
        try:
            yield 'tick'
        except BaseException as e:
            print('caught', type(e).__name__)
            return
g = catches_base()
next(g)
g.close()
print('closed after catching BaseException', g.gi_frame is None)
