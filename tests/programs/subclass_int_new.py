# int subclass with __new__ taking extra args, __init__, extra attributes
class Tagged(int):
    def __new__(cls, value, tag='none'):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj

    def __repr__(self):
        return f'Tagged({int(self)}, {self.tag!r})'

t = Tagged(5, 'five')
print(t, repr(t), str(t), t.tag)
print(t + 1, type(t + 1).__name__)
print([t], (t,))
print(Tagged(3).tag, Tagged('12').tag)
print(t.__dict__)
t.extra = 1
print(sorted(t.__dict__.items()))

class InitOnly(int):
    def __init__(self, value, unit='C'):
        self.unit = unit
try:
    InitOnly(21, 'F')
except TypeError as e:
    print(type(e).__name__, e)
print(InitOnly(21).unit, InitOnly('21', 8), InitOnly('21', 8).unit)

class Celsius(int):
    def __new__(cls, value, unit='C'):
        return super().__new__(cls, value)
    def __init__(self, value, unit='C'):
        self.unit = unit
    def __str__(self):
        return f'{int(self)}°{self.unit}'

c = Celsius(21, 'F')
print(str(c), repr(c), c.unit, c * 2)
print(f'{c}', f'{c!r}', '%s' % c, format(c))

class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return int.__new__(cls, v)

print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)

class Clamp(int):
    def __new__(cls, v, lo=0, hi=10):
        return super().__new__(cls, min(max(v, lo), hi))

print(Clamp(50), Clamp(-3), Clamp(5, 6), Clamp(99, hi=20))
try:
    Tagged(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class Plain(int):
    pass
try:
    Plain(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(5, base=10)
except TypeError as e:
    print(type(e).__name__, e)
print(Plain('101', base=2), Plain('z', 36))
