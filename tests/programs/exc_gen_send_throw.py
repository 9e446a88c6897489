# Generator send/throw forms, unstarted and closed generators, gi_running, re-entrance, finalization on del.
def simple():
    x = yield 'first'
    print('received', x)
    yield 'second'
g = simple()
print(g.send(None))
print(g.send('hello'))
g2 = simple()
try:
    g2.send('not none')
except TypeError as e:
    print(type(e).__name__, e)
g3 = simple()
try:
    g3.throw(ValueError('before start'))
except ValueError as e:
    print('unstarted throw', e, next(g3, 'done'))
g4 = simple()
next(g4)
try:
    g4.throw(KeyError)
except KeyError as e:
    print('class throw', repr(e))
try:
    simple().throw(5)
except TypeError as e:
    print(type(e).__name__, e)
g6 = simple()
g6.close()
print('closed unstarted', next(g6, 'exhausted'))
def running_check():
    yield g7.gi_running
g7 = running_check()
print(next(g7), g7.gi_running)
def reentrant():
    yield next(g8)
g8 = reentrant()
try:
    next(g8)
except ValueError as e:
    print(type(e).__name__, e)
def gen_with_finally():
    try:
        yield 1
    finally:
        print('finally on close')
g9 = gen_with_finally()
next(g9)
del g9
print('after del')
def send_counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got
sc = send_counter()
next(sc)
print(sc.send(5), sc.send(10))
try:
    sc.send(None)
except StopIteration as e:
    print('returned via StopIteration', e.value)
