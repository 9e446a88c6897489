import sys
class Pause:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
class D:
    def __init__(self, n): self.n = n; print('  init', n)
    def __del__(self): print('  del', self.n)
async def co1():
    x = 'outer'
    try:
        r = [await Pause(x) for x in range(3)]
    except KeyError as e:
        print('  co1 caught', repr(e), 'x =', x)
        return 'caught'
    return r, x
c = co1()
print('send None ->', c.send(None))
print('f_locals mid-comp', sorted(c.cr_frame.f_locals.items()))
print('send a ->', c.send('a'))
try:
    c.send('b'); c.send('c')
except StopIteration as e:
    print('result', e.value)
c = co1()
c.send(None); c.send('a')
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('throw result', e.value)
async def co2():
    try:
        r = [await Pause(d.n) for d in (D(i) for i in range(3))]
    finally:
        print('  co2 finally')
c = co2()
print('co2 first', c.send(None))
print('co2 second', c.send(0))
c.close()
print('co2 closed')
c = co2()
c.send(None)
del c
print('co2 deleted')
def gen():
    x = 'gx'
    r = [(yield_, x) for yield_ in range(2)]
    got = yield r
    yield [got for got in range(got)], got
g = gen()
print(next(g)); print(g.send(3))
async def co3():
    ys = [[await Pause((a, b)) for b in range(2)] for a in range(2)]
    return ys
c = co3()
v = c.send(None)
out = []
try:
    while True:
        out.append(v)
        print('  co3 locals', sorted(k for k in c.cr_frame.f_locals))
        v = c.send(v[0] * 10 + v[1])
except StopIteration as e:
    print('co3', out, e.value)
# cell variable shadowed by comp var while suspended mid-comprehension
async def co4():
    x = 'cellx'
    get = lambda: x
    r = [(await Pause(get()), x) for x in range(2)]
    return r, get(), x
c = co4()
print('co4 a', c.send(None))
print('co4 locals', sorted(k for k in c.cr_frame.f_locals))
print('co4 b', c.send('A'))
try:
    c.send('B')
except StopIteration as e:
    print('co4 result', e.value)

# two instances of the same coroutine interleaved mid-comprehension
async def co5(tag):
    acc = tag
    r = [acc + str(await Pause((tag, i))) for i in range(2)]
    return r, acc
c1, c2 = co5('p'), co5('q')
print('co5', c1.send(None), c2.send(None))
print('co5', c2.send(1), c1.send(2))
for c, v in [(c1, 3), (c2, 4)]:
    try:
        c.send(v)
    except StopIteration as e:
        print('co5 done', e.value)

# walrus inside await comprehension, exception thrown mid-comp with cell walrus target
async def co6():
    def peek():
        return w
    try:
        r = [(w := await Pause(i)) for i in range(3)]
    except ValueError as e:
        return 'co6 caught', str(e), w, peek()
    return r, w
c = co6()
c.send(None); c.send('first'); 
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print('co6', e.value)

# async generator with await comprehension
async def ag():
    x = 'agx'
    yield [await Pause(i) for i in range(2)]
    yield x
a = ag()
it = a.asend(None)
print('ag pause', it.send(None))
print('ag pause', it.send('r0'))
try:
    it.send('r1')
except StopIteration as e:
    print('ag yielded', e.value)
it = a.asend(None)
try:
    it.send(None)
except StopIteration as e:
    print('ag yielded', e.value)
print('done')
