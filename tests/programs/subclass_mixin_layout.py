# multiple inheritance: built-in + mixin, super() into the built-in, layout conflicts
class ReprMixin:
    def __repr__(self):
        return f'{type(self).__name__}({super().__repr__()})'

class ShoutMixin:
    def shout(self):
        return str(self).upper()

class RList(ReprMixin, list):
    pass

class RDict(ReprMixin, dict):
    pass

class Word(ShoutMixin, str):
    pass

r = RList([1, 2])
print(r, [c.__name__ for c in RList.__mro__])
print(RDict(a=1), repr(RDict()))
w = Word('hey')
print(w.shout(), w.upper(), type(w.shout()).__name__)

class AppendCount(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.count_appends = 0
    def append(self, v):
        self.count_appends += 1
        super().append(v)
class Both(ReprMixin, AppendCount):
    pass
b = Both([0])
b.append(1)
b.append(2)
print(b, b.count_appends, [c.__name__ for c in Both.__mro__])

class IntLike(int):
    pass
class IntMix(ShoutMixin, IntLike):
    pass
print(IntMix(5) + 1, IntMix(5).shout(), [c.__name__ for c in IntMix.__mro__])

pairs = [(int, str), (list, dict), (int, float), (tuple, list), (str, bytes), (dict, set),
         (int, bool)]
for x, y in pairs:
    try:
        class X(x, y):
            pass
        print('ok', x.__name__, y.__name__)
    except TypeError as e:
        print(x.__name__, y.__name__, type(e).__name__, e)
class SubInt(int): pass
class SubInt2(int): pass
class Both2(SubInt, SubInt2): pass
print([c.__name__ for c in Both2.__mro__], Both2(3) * 2)
class E1(Exception): pass
class E2(ValueError, KeyError): pass
print([c.__name__ for c in E2.__mro__])
try:
    class Bad(ValueError, OSError): pass
    print('ValueError+OSError ok', [c.__name__ for c in Bad.__mro__][:3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(int, int): pass
except TypeError as e:
    print(type(e).__name__, e)
class Conflict(int, str):
    pass
