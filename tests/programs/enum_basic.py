# enum.Enum: members, name/value, reprs, str/format, iteration, look-ups, aliases, identity, hashing.
from enum import Enum, EnumType, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(str(Color.GREEN), format(Color.GREEN), f'{Color.GREEN}', f'[{Color.BLUE:>12}]')
print('%s|%r' % (Color.BLUE, Color.BLUE), '{}'.format(Color.RED), '{!r}'.format(Color.RED))
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(type(Color.__members__).__name__, len(Color.__members__))
print(Color(1), Color(3), Color['GREEN'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(Color.GREEN) is Color.GREEN, Color.RED.CRIMSON)
print([m.name for m in Color], [m.value for m in Color])
print(type(Color.RED), type(Color), type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(repr(Color), str(Color), repr(Enum), Color.__name__, Color.__qualname__)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED is Color(1), Color.RED is Color.CRIMSON)
print(hash(Color.RED) == hash(Color.CRIMSON), hash(Color.RED) == hash('RED'))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], bool(Color.RED), bool(Color))
for op in ('<', '>', '<=', '>='):
    try:
        eval('Color.RED %s Color.GREEN' % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted(Color)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Color, key=lambda m: m.value, reverse=True))
print(Color.RED.__reduce_ex__(4), Color.RED.__copy__() is Color.RED,
      Color.RED.__deepcopy__({}) is Color.RED)


class Zero(Enum):
    NOTHING = 0
    EMPTY = ''
    NONE = None


print(bool(Zero.NOTHING), bool(Zero.EMPTY), Zero(None), Zero(''), repr(Zero.NONE))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return '%s has value %d' % (self.name, self.value)

    @classmethod
    def favorite(cls):
        return cls.CIRCLE

    @property
    def sides(self):
        return {2: 4, 1: 4, 3: 0}[self.value]


print(Shape.SQUARE.describe(), Shape.favorite(), Shape.DIAMOND.sides)
print([s.name for s in Shape], Shape.ALIAS_FOR_SQUARE.name, Shape(2).name)
print(Shape.SQUARE.CIRCLE, Shape.__members__['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
print(Color['RED'] is Color.RED, getattr(Color, 'BLUE'))


class Mixed(Enum):
    TUPLE = (1, 2)
    LIST = [1, 2]
    TEXT = 'text'
    FLOAT = 1.5


print(list(Mixed), Mixed((1, 2)), Mixed([1, 2]), Mixed('text'), Mixed(1.5))
print(Mixed.LIST.value, Mixed._unhashable_values_, Mixed(Mixed.TEXT))
print(Color.RED.__class__.__name__, Color.RED._name_, Color.RED._value_)
print(Color._member_names_, list(Color._member_map_), Color._value2member_map_)
print(Color.__module__, Color.RED.__module__, Color.__doc__)
