# range and slice objects.
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, -5, -3), repr(range(0)), str(range(3, 4)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -1)), len(range(-5, 5, 4)))
print(r[0], r[-1], r[5], range(0, 100, 7)[3], range(10, 0, -2)[-1])
print(r[2:5], r[::-1], r[::2], range(0, 20, 2)[1:4], range(10)[-3:], r[5:2])
print(list(r[1:8:3]), list(range(10, 0, -2)), list(range(0)), list(range(-3)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r, 'a' in [] )
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(r.start, r.stop, r.step, range(1, 2).step, range(5, 1, -1).start)
print(r.index(7), range(0, 30, 5).index(15), r.count(3), r.count(11))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(min(range(5, 10)), max(range(5, 10)), sum(range(101)), sorted(range(3, 0, -1)))
big = range(0, 10 ** 20, 3)
print(big[-1], big[10 ** 18], 10 ** 19 + 1 in big, big[::10 ** 18], len(big[::10 ** 18]))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(list(range(-10, -20, -3)), list(range(2, -2, -1)))
sl = slice(1, 10, 2)
print(sl, slice(5), slice(None, None, -1), sl.start, sl.stop, sl.step, slice(3).start)
data = list(range(20))
print(data[sl], data[slice(5)], data[slice(None, None, -3)], data[slice(-3, None)])
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), 'hello'[slice(1, 4)])
t = tuple(range(8))
print(t[2:6:2], t[slice(1, None, 3)])
for i in range(3, 0, -1):
    print(i, end=' ')
print()
for i in range(2, 11, 4):
    print(i, end=',')
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(20)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)

# __index__ objects and non-integers as range indices, slice bounds and hex() arguments.
class Three:
    def __index__(self):
        return 3
r = range(0, 20, 2)
print(r[Three()], r[Three():], r[:Three()], r[::Three()], hex(Three()), bin(Three()))
for bad in ('a', 1.5):
    try:
        r[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    r['a':]
except TypeError as e:
    print('TypeError', e)
# Lengths past 2**32 (wasm32's machine word) stay exact.
print(slice(None).indices(2**33), slice(-5, None, -2).indices(2**40), slice(3, -3).indices(2**62))
