# Errors enum raises with CPython's messages: reused names, reserved _sunder_ names, invalid member
# names, extending an enum, mixin order, look-up failures, _missing_ results, reassigning members.
import enum
from enum import Enum, IntEnum, Flag, StrEnum, auto, nonmember, member

namespace = dict(vars(enum))
bodies = [
    "class E(Enum):\n A = 1\n A = 2",
    "class E(Enum):\n A = 1\n def A(self): pass",
    "class E(Enum):\n A = 1\n A = auto()",
    "class E(Enum):\n A = 1\n A = nonmember(2)",
    "class E(Enum):\n _foo_ = 1",
    "class E(Enum):\n _missing_ = 1\n _numeric_repr_ = 2\n A = 3\nprint('sunders ok', list(E))",
    "class E(Enum):\n A = 1\n _ignore_ = 'A'",
    "class E(Enum):\n mro = 1",
    "class E(Enum):\n A = 1\nclass F(E): pass",
    "class E(Enum):\n A = 1\nclass F(E):\n B = 2",
    "class E(IntEnum):\n A = 1\nclass F(E): pass",
    "class E(int, str, Enum):\n A = 1",
    "class E(Enum, int):\n A = 1",
    "class E(Enum):\n _order_ = 'B A'\n A = 1\n B = 2",
    "class E(Enum):\n _order_ = 'A B C'\n A = 1\n B = 2",
    "class E(int, Enum):\n A = 'x'",
    "class M:\n def __init__(self, a, b): pass\nclass E(M, Enum):\n A = 1",
]
for source in bodies:
    try:
        exec(source, dict(namespace))
        print('ok')
    except (TypeError, ValueError, AttributeError) as e:
        # The set of mixed-in types in one message has no fixed order: print it sorted.
        text = str(e)
        if text.startswith('too many data types'):
            head, _, kinds = text.partition(': ')
            text = head + ': ' + str(sorted(kinds.strip('{}').split(', ')))
        print(type(e).__name__, text)


class Color(Enum):
    RED = 1
    GREEN = 2


lookups = [lambda: Color(5), lambda: Color('RED'), lambda: Color([1]), lambda: Color(1, 2),
           lambda: Color['BLUE'], lambda: Color.BLUE, lambda: Color.name, lambda: Color.value]
for lookup in lookups:
    try:
        lookup()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

actions = [
    lambda: setattr(Color, 'RED', 3),
    lambda: delattr(Color, 'RED'),
    lambda: setattr(Color.RED, 'name', 'x'),
    lambda: setattr(Color.RED, 'value', 3),
    lambda: delattr(Color.RED, 'value'),
    lambda: delattr(Color.RED, 'name'),
]
for action in actions:
    try:
        action()
        print('no error')
    except AttributeError as e:
        print(type(e).__name__, e)
Color.extra = 'class attributes can be added'
print(Color.extra, Color.RED.name)
Color.RED.note = 'instance attributes too'
print(Color.RED.note)
del Color.extra
print(hasattr(Color, 'extra'))


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        if value == 'wrong':
            return 5
        if value == 'key':
            raise KeyError('key error')
        if value == 'value':
            raise ValueError('custom value error')
        return None


print(Picky('a'))
for value in ('wrong', 'key', 'value', 'none'):
    try:
        Picky(value)
    except Exception as e:
        print(type(e).__name__, e, '| context:', repr(e.__context__))

try:
    Enum(5)
except TypeError as e:
    print(type(e).__name__, e)


class NoMembers(Enum):
    def helper(self):
        return 1


try:
    NoMembers.__new__(NoMembers, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Flag):
        A = 1
    Bad(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Flag(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    StrEnum('S', 'A').A + 1
except TypeError as e:
    print(type(e).__name__, e)
