# Built-in methods called through their type without `self`, or without their other
# argument, raise TypeError (never a crash).
for f in (list.append, str.upper, dict.keys, int.bit_length, tuple.count, set.add,
          range.count, object.__repr__, object.__eq__, object.__str__, object.__hash__,
          BaseException.with_traceback):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError:
        print(label, 'TypeError')


attempt('eq', lambda: object().__eq__())
attempt('ne', lambda: object().__ne__())
attempt('format', lambda: object().__format__())
attempt('iter next', lambda: type(iter([])).__next__())
attempt('iter iter', lambda: type(iter([])).__iter__())
attempt('gen next', lambda: type((x for x in [])).__next__())
attempt('gen iter', lambda: type((x for x in [])).__iter__())
print(object().__eq__(1), ().count(1), len(range(10**6)))
