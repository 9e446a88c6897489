# Sets built or updated from a generator take its items one at a time: a failing item
# stops the generator there, and isdisjoint() stops at the first common item.
log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        log.append(('hash', self.v))
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def gen(items):
    for x in items:
        log.append(('yield', x if not isinstance(x, Key) else x.v))
        yield x


def run(label, f):
    log.clear()
    try:
        r = f()
        r = sorted(k.v if isinstance(k, Key) else k for k in r) if isinstance(r, (set, frozenset)) else r
        print(label, r, log)
    except Exception as e:
        print(label, type(e).__name__, e, log)


run('set', lambda: set(gen([Key(1), Key(2), Key(1)])))
run('frozenset', lambda: frozenset(gen([Key(3), Key(4)])))
run('set unhashable', lambda: set(gen([1, [2], 3, 4])))
run('update', lambda: (lambda s: (s.update(gen([Key(5), {}, Key(6)])), s))(set())[1])
run('union', lambda: {0}.union(gen([1, 2])))
run('ior', lambda: (lambda s: (s.__ior__(set(gen([7]))), s)[1])({1}))
run('difference_update', lambda: (lambda s: (s.difference_update(gen([1, [], 3])), s)[1])({1, 2, 3}))
run('isdisjoint stops', lambda: ({1, 2, 3}.isdisjoint(gen([9, 2, 5, 6])), log[:]))
run('isdisjoint all', lambda: {1, 2, 3}.isdisjoint(gen([7, 8])))
run('isdisjoint unhashable', lambda: {1}.isdisjoint(gen([5, [], 1])))
g = gen(range(10))
print('rest after isdisjoint', {3}.isdisjoint(g), list(g))
print('set of list', sorted(set([3, 1, 2])), sorted(frozenset((5, 4))))
