# The functional API of enum: Enum('Name', names) with strings, lists, pairs and mappings,
# start, type, module, qualname, boundary; and the class call that looks values up instead.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, KEEP, auto

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.ANT.value, Animal.DOG, Animal(2))
print(repr(Animal), Animal.__name__, Animal.__qualname__)

print(list(Enum('Commas', 'A, B,C ,  D')))
print(list(Enum('FromList', ['X', 'Y', 'Z'])))
print(list(Enum('FromTuple', ('X', 'Y'))))
print(list(Enum('Started', 'A B', start=10)))
print(list(Enum('StartZero', ['A', 'B'], start=0)))
print(list(Enum('Pairs', [('A', 'a'), ('B', 'b')])))
print(list(Enum('PairTuple', (('ONE', 1), ('TWO', 2)))))
print(list(Enum('FromDict', {'HIGH': 3, 'LOW': 1})))
print(list(Enum('Empty', '')), list(Enum('EmptyList', [])), list(Enum('EmptyTuple', ())))
print(len(Enum('Empty2', ())))

Named = Enum('Named', 'A B', module='mymodule', qualname='Outer.Named')
print(Named.__module__, Named.__qualname__, Named.A.__reduce_ex__(2))

Typed = Enum('Typed', 'A B', type=int)
print(list(Typed), Typed.A + 1, Typed.__mro__)

Numbers = IntEnum('Numbers', 'ONE TWO THREE')
print(list(Numbers), Numbers.TWO * 10, str(Numbers.THREE), Numbers(1))

Words = StrEnum('Words', 'Hello World')
print(list(Words), Words.Hello.upper(), str(Words.World))

Perm = Flag('Perm', 'R W X')
print(list(Perm), Perm.R | Perm.X, Perm(7))

Loose = Flag('Loose', 'A B', boundary=KEEP)
print(Loose._boundary_, repr(Loose(12)))

Bits = IntFlag('Bits', 'LOW HIGH')
print(list(Bits), Bits.LOW | 4)

print(Animal(1, None))
for args in [(Animal, (5,)), (Animal, ('ANT',)), (Animal, (1, 'x'))]:
    cls, call_args = args
    try:
        cls(*call_args)
    except Exception as e:
        print(type(e).__name__, e)

for maker in (lambda: Enum('NoNames'), lambda: Enum(1), lambda: Enum('X', names=None)):
    try:
        maker()
    except TypeError as e:
        print(type(e).__name__, e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


Derived = Base('Derived', 'P Q')
print(list(Derived), Derived.P.hello(), issubclass(Derived, Base))
try:
    Derived('Again', 'R')
except Exception as e:
    print(type(e).__name__, e)


class AutoUpper(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.upper() + str(count)


Made = AutoUpper('Made', 'a b c')
print(list(Made))
print(list(Enum('Dup', [('A', 1), ('B', 1)])), Enum('Dup2', [('A', 1), ('B', 1)]).B)
try:
    Enum('Bad', [('A', 1), ('A', 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Enum('Bad', ['_sunder_'])
except ValueError as e:
    print(type(e).__name__, e)
print(Enum.__signature__(), Animal.__signature__())
