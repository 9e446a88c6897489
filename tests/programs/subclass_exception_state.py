# exception subclasses with extra state
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.msg}'

try:
    raise AppError('disk full', 28)
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
    print(isinstance(e, Exception), isinstance(e, BaseException))

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a + e.b)

class Ordinary(ValueError):
    pass
e = Ordinary('bad', 'value')
print(e.args, str(e), repr(e), isinstance(e, ValueError))
print(str(Ordinary()), repr(Ordinary()), str(Ordinary('one')), repr(Ordinary('one')))

class WithAttr(KeyError):
    extra = 'class level'
try:
    raise WithAttr('k')
except KeyError as e:
    print(type(e).__name__, e, e.extra, e.args)

class Chain(Exception):
    pass
try:
    try:
        raise AppError('inner', 1)
    except AppError as inner:
        raise Chain('outer') from inner
except Chain as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

class Base(Exception):
    pass
class Child(Base):
    pass
for exc in (Child, Base, Exception):
    try:
        raise exc('x')
    except Child:
        print('caught as Child')
    except Base:
        print('caught as Base')
    except Exception:
        print('caught as Exception')

class ArgsOverride(Exception):
    def __init__(self, *args):
        super().__init__('fixed')
e = ArgsOverride(1, 2, 3)
print(e.args, str(e))
e.args = ('changed', 2)
print(e.args, str(e))
class Custom(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj
c = Custom('m')
print(c.args, c.created, str(c))
raise AppError('fatal problem', 99)
