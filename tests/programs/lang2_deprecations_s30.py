# 3.12's DeprecationWarnings for NotImplemented in a boolean context and for the
# three-argument forms of throw() and athrow().
import warnings

warnings.simplefilter('always')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(bool(NotImplemented))
    if NotImplemented:
        print('truthy')
    print(not NotImplemented)
for w in caught:
    print(w.category.__name__, w.message)


def gen():
    try:
        yield 1
    except ValueError as e:
        yield 'caught %s' % e


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    g = gen()
    next(g)
    print(g.throw(ValueError, ValueError('two'), None))
    g = gen()
    next(g)
    print(g.throw(ValueError('one')))
    g = gen()
    next(g)
    print(g.throw(ValueError, 'as arg'))
for w in caught:
    print(w.category.__name__, w.message)


async def agen():
    try:
        yield 1
    except KeyError as e:
        yield 'agen caught %r' % e


async def coro():
    return 5


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    a = agen()
    print(step(a.__anext__()))
    print(step(a.athrow(KeyError, KeyError('k'), None)))
    c = coro()
    try:
        c.throw(RuntimeError, RuntimeError('boom'), None)
    except RuntimeError as e:
        print('coro raised', e)
for w in caught:
    print(w.category.__name__, w.message)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print('error:', e)
    g = gen()
    next(g)
    try:
        g.throw(ValueError, None, None)
    except DeprecationWarning as e:
        print('error:', e)
    print(next(g))
