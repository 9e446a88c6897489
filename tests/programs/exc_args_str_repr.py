# Exception str()/repr() with 0, 1, 2 args; KeyError; StopIteration.value; SystemExit.code.
for cls in [Exception, ValueError, KeyError, IndexError, StopIteration, SystemExit, LookupError, ArithmeticError]:
    for args in [(), ('one',), ('one', 2), (None,), ((1, 2),), ([],)]:
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args)
print(str(KeyError('k')), str(KeyError(('a', 'b'))), str(KeyError(1, 2)), repr(KeyError(('a', 'b'))))
try:
    {}[('x', 1)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[()]
except KeyError as e:
    print(repr(e), str(e), e.args)
s = StopIteration()
print(s.value, StopIteration(5).value, StopIteration(5, 6).value, StopIteration([1]).value)
def gen():
    yield 1
    return 'returned'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)
for args in [(), (0,), (3,), ('message',), (None,), (1, 2)]:
    e = SystemExit(*args)
    print('SystemExit', args, repr(e.code))
print(repr(BaseException()), repr(Exception('a', 'b')), repr(ValueError(None)), str(ValueError('')), repr(ValueError('')))
class E(Exception):
    pass
print(repr(E()), repr(E('x')), str(E(1, 2)), E.__name__, E.__qualname__, E.__module__)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), repr(WithStr('x')))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit('first', 'second')
print(str(w), repr(w), w.args, w.b)
e = ValueError('x')
e.args = ('changed', 2)
print(str(e), repr(e))
e.args = 'abc'
print(e.args)
print(str(AttributeError()), str(NameError('n')), str(ZeroDivisionError('division by zero')), repr(NotImplementedError()))
print(str(UnicodeError('u')), repr(RecursionError('deep')), repr(KeyboardInterrupt()), repr(GeneratorExit()))
print(repr(Exception('quote\'s')), str(Exception('tab\t')), repr(Exception('tab\t')))
