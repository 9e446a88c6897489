# bool and None semantics, truthiness, identity vs equality.
print(True, False, None, repr(None), str(True))
print(True == 1, False == 0, True is True, None is None, None == None)
print(True + 1, True and 5, 0 or 'x', None or 0, '' or [] or 'last', 3 and 0)
print(not None, not 0, not 1, not '', not 'a', not [], not [0], not {}, not (), not 0.0)
for v in [0, 1, -1, 0.0, 0.1, '', ' ', 'abc', [], [[]], (), (0,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), 2 ** 100, -0.0]:
    print(repr(v), bool(v), 'yes' if v else 'no')
print(bool(), bool(None), bool(frozenset()), bool(frozenset([1])))
print(type(True).__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(True & False, True | False, True ^ True, ~True, -True)
print(int(True), float(False), str(False), repr(True))
print(True < 2, False < True, max(True, False), sorted([True, False, True]))
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c, a != c)
one = 1
print(None is not None, one is not None, [] == [], () == ())
x = None
if x is None:
    print('x is None')
if not x:
    print('x is falsy')
print({True: 'a', 1: 'b'}, {False: 'z', 0: 'y', 0.0: 'w'})
print(hash(True), hash(False), hash(None) == hash(None))
print(bool('False'), bool('0'))
print(all([]), any([]), all([1, 2, 0]), any([0, '', None, 3]))
print(1 if True else 2, 1 if None else 2)
count = 0
def side(v):
    global count
    count += 1
    return v
r = side(0) and side(1)
print(r, count)
r = side(1) or side(2)
print(r, count)
r = side(0) or side(0) or side('end')
print(r, count)
print(None.__class__.__name__, True.__class__.__name__)
print(str(None) + '!', repr(False) * 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0, 'a' < 'b' < 'c')
