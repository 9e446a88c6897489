# custom exception classes, hierarchy, args, str()/repr().
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f'not found: {self.key}'
class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
for exc in [AppError(), AppError('one'), AppError('a', 2), NotFound('k1'), WithCode('bad', 42)]:
    print(type(exc).__name__, '|', str(exc), '|', repr(exc), '|', exc.args)
try:
    raise NotFound('zz')
except AppError as e:
    print('caught as AppError:', e, e.key, isinstance(e, Exception), isinstance(e, NotFound))
try:
    raise WithCode('denied', 403)
except NotFound:
    print('wrong')
except AppError as e:
    print('code', e.code, e.args[0])
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(NotFound, BaseException))
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopIteration, Exception), issubclass(bool, int), issubclass(ModuleNotFoundError, ImportError))
for exc in [IndexError('i'), KeyError('k')]:
    try:
        raise exc
    except LookupError as e:
        print('LookupError caught', type(e).__name__, repr(e))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print('arith', repr(e), str(e) == '', e.args)
print(repr(ValueError('x', 1)), str(ValueError('x', 1)), str(ValueError()), repr(ValueError()))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
print(repr(Exception('quote\'s')), str(Exception(42)), repr(Exception(None)))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
class Base(Exception):
    def describe(self):
        return 'Base:' + type(self).__name__
class Derived(Base):
    pass
try:
    raise Derived('d')
except Base as e:
    print(e.describe(), e)
e = ValueError('mutable')
e.args = ('changed',)
print(e, e.args)
def raiser(cls):
    raise cls('from raiser')
for cls in (ValueError, TypeError, AppError, NotImplementedError):
    try:
        raiser(cls)
    except (TypeError, ValueError) as e:
        print('tuple handler', type(e).__name__)
    except Exception as e:
        print('generic handler', type(e).__name__, e)
try:
    raise 'not an exception'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except AppError as e:
    print('raised class', repr(e))
print(AppError.__name__, NotFound.__mro__[1].__name__, [c.__name__ for c in NotFound.__mro__])
print(isinstance(NotFound('x'), (KeyError, AppError)), type(NotFound('x')) is NotFound)
