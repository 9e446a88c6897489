# The library's stand-ins for CPython's C types are immutable as those are: setting or
# deleting an attribute of the class raises TypeError; their subclasses stay ordinary.
import array
import datetime
import decimal
import types

for cls in (array.array, datetime.date, datetime.timedelta, decimal.Decimal,
            decimal.Context, types.SimpleNamespace):
    for action in ('set', 'set dunder', 'del'):
        try:
            if action == 'set':
                cls.extra = 1
            elif action == 'set dunder':
                cls.__getitem__ = lambda self, i: i
            else:
                del cls.__repr__
        except TypeError as e:
            print(action, type(e).__name__, e)
        else:
            print(action, 'allowed on', cls)

class MyArray(array.array):
    pass

MyArray.extra = 5
MyArray.__getitem__ = lambda self, i: ('mine', i)
a = MyArray('i', [1, 2])
print(MyArray.extra, a[1], array.array('i', [7])[0])
del MyArray.__getitem__
print(a[1])

class MyDate(datetime.date):
    pass

MyDate.label = 'x'
print(MyDate(2020, 1, 2).label, MyDate.__name__)
print(array.array('d', [1.5]) + array.array('d', [2.5]))
try:
    array.array('d') + 1
except TypeError as e:
    print(e)
