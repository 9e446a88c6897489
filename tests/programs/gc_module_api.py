# gc module API: enable/disable, thresholds, is_tracked, collect with generations.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
for obj in [1, 1.5, 'str', None, (), (1, 2), ([],), [], {}, {'a': 1}, {'a': []}, set(), frozenset(), b'x', bytearray(), lambda: 0]:
    print(type(obj).__name__, gc.is_tracked(obj))
class C:
    pass
print('instance', gc.is_tracked(C()), 'class', gc.is_tracked(C))
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(2))
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
print(gc.isenabled(), callable(gc.get_objects), callable(gc.get_referrers), callable(gc.freeze))
gc.disable()
a = []
a.append(a)
del a
print('one self-referencing list:', gc.collect())
b = [[], []]
b[0].append(b)
del b
print('three lists in a cycle:', gc.collect())
gc.enable()
print(isinstance(gc.garbage, list), gc.garbage, gc.DEBUG_LEAK != 0)
