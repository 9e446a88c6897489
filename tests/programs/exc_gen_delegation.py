# close() and throw() through yield-from delegation: order of finally blocks and what the inner generator sees.
log = []
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except GeneratorExit as e:
        log.append('inner GeneratorExit args=%r' % (e.args,))
        raise
    except ValueError as e:
        log.append('inner ValueError %s' % e)
        yield 'inner recovered'
    finally:
        log.append('inner finally')
def outer():
    try:
        result = yield from inner()
        log.append('outer got %r' % (result,))
        yield 'o-after'
    finally:
        log.append('outer finally')
g = outer()
print(next(g))
g.close()
print(log)
log.clear()
g = outer()
next(g)
print(g.throw(ValueError('boom')))
print(next(g, 'exhausted'))
print(log)
g.close()
print(log[-1])
log.clear()
g = outer()
next(g)
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(log)
def returning():
    yield 1
    return 'ret value'
def collector():
    r = yield from returning()
    yield 'collected ' + r
print(list(collector()))
def catches_in_outer():
    try:
        yield from inner()
    except TypeError as e:
        yield 'outer caught ' + str(e)
log.clear()
g = catches_in_outer()
next(g)
print(g.throw(TypeError('tt')))
print(log)
class Sub:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        log.append('Sub.close called')
    def throw(self, *args):
        log.append('Sub.throw called with %s' % type(args[-1] if len(args) == 1 else args[0]).__name__)
        return 'sub-throw-result'
def deleg():
    yield from Sub()
log.clear()
g = deleg()
print(next(g), next(g))
print(g.throw(ValueError('v')))
g.close()
print(log)
def plain_iter():
    yield from [1, 2, 3]
g = plain_iter()
next(g)
try:
    g.throw(RuntimeError('into list iterator'))
except RuntimeError as e:
    print('list delegation', e)
g2 = plain_iter()
next(g2)
g2.close()
print(next(g2, 'closed'))
