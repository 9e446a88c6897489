# object.__reduce_ex__ basics
def show(label, r):
    print(label, type(r).__name__, len(r))
    for i, item in enumerate(r):
        if callable(item) and hasattr(item, '__name__'):
            print('  ', i, 'callable', item.__name__)
        elif isinstance(item, tuple):
            print('  ', i, 'tuple', [getattr(x, '__name__', x) for x in item])
        else:
            print('  ', i, type(item).__name__, item if isinstance(item, (dict, type(None), int, str, list)) else '')

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
show('reduce_ex(2)', p.__reduce_ex__(2))
show('reduce_ex(4)', p.__reduce_ex__(4))
show('reduce_ex(1)', p.__reduce_ex__(1))

class Empty:
    pass
show('empty', Empty().__reduce_ex__(2))

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
show('slots', Slotted().__reduce_ex__(2))

class Custom:
    def __reduce__(self):
        return (Custom, (), {'k': 'v'})
show('custom __reduce__', Custom().__reduce_ex__(2))

class WithState:
    def __init__(self):
        self.v = 5
    def __getstate__(self):
        return {'v': self.v * 100}
show('getstate', WithState().__reduce_ex__(2))
print(WithState().__getstate__(), Point(3, 4).__getstate__())
print(Empty().__getstate__(), Slotted().__getstate__())

class NewArgs:
    def __new__(cls, a, b):
        obj = super().__new__(cls)
        obj.ab = (a, b)
        return obj
    def __getnewargs__(self):
        return self.ab
show('getnewargs', NewArgs(7, 8).__reduce_ex__(2))

class MyList(list):
    pass
ml = MyList([1, 2])
ml.tag = 't'
r = ml.__reduce_ex__(2)
show('list subclass', r)
print(list(r[3]))
r = (5).__reduce_ex__(2)
print(type(r).__name__, r[0].__name__, r[1])
print(type(object().__reduce__()).__name__)
try:
    (lambda: 0).__reduce_ex__(2)
    print('function reduce ok')
except TypeError as e:
    print(type(e).__name__, e)
