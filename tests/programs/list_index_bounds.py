# list.index/tuple.index bounds: ints, bools, __index__ objects, huge ints; other types refused.
class Ix:
    def __index__(self):
        return 1
for f in [lambda: [1].index(1, None), lambda: [1].index(1, 0, None), lambda: (1,).index(1, None), lambda: [1].index(1, 'a'),
          lambda: 'abc'.find('a', None), lambda: 'abc'.index('a', 'x'), lambda: [1].index(1, 2**70), lambda: [1, 2].index(2, Ix()),
          lambda: (1, 2).index(2, True), lambda: [1, 2, 1].index(1, -2**80, 2**80), lambda: [1].index(1, 1.5), lambda: (1,).index(1, 0, 'z')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
