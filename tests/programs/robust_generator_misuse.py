# Generators driven the wrong way: re-entry, close() from inside, yield in finally,
# send() before start, StopIteration leaking out, values carried by StopIteration.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

def reenter():
    yield next(me)
me = reenter()
attempt('next re-entry', lambda: next(me))

def close_inside():
    try:
        yield 1
    finally:
        closer.close()
closer = close_inside()
next(closer)
attempt('close re-entry', closer.close)

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
attempt('yield in finally on close', s.close)

def plain():
    yield 1
attempt('send non-None first', lambda: plain().send(5))
attempt('send None first', lambda: plain().send(None))

def leaks():
    yield 1
    raise StopIteration('inner')
attempt('StopIteration inside', lambda: list(leaks()))

def returns():
    yield 1
    return 'result'
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value', repr(e.value), e.args)
attempt('exhausted again', lambda: next(g))
attempt('exhausted default', lambda: next(g, 'dflt'))

def delegator():
    r = yield from returns()
    yield r
print('yield from value', list(delegator()))

def raises_later():
    yield 1
    raise KeyError('boom')
rl = raises_later()
next(rl)
attempt('exception inside', lambda: next(rl))
attempt('after exception', lambda: next(rl, 'done'))

ge = (1 / x for x in [1, 0, 2])
attempt('genexp first', lambda: next(ge))
attempt('genexp raises', lambda: next(ge))
attempt('genexp after raise', lambda: next(ge, 'done'))
attempt('close fresh', lambda: plain().close())

def leaks_stop():
    yield 1
    raise StopIteration('inner')

for how in ('next', 'for'):
    g = leaks_stop()
    try:
        if how == 'next':
            next(g)
            next(g)
        else:
            for _ in g:
                pass
    except RuntimeError as e:
        print(how, repr(e), repr(e.__cause__), e.__suppress_context__)
