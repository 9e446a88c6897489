# heapq: exact list orders and comparison sequences of CPython's sift algorithm.
import heapq

print(heapq.__all__)
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


data = [rand(100) for _ in range(40)]
h = list(data)
heapq.heapify(h)
print('heapify', h)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print('pushed', h2)
print('pops', [heapq.heappop(h2) for _ in range(10)], h2[:8])
print('replace', heapq.heapreplace(h2, 50), h2[:8])
print('pushpop big', heapq.heappushpop(h2, 1000), h2[:8])
print('pushpop small', heapq.heappushpop(h2, -1), h2[:8])
print('pushpop empty', heapq.heappushpop([], 7))
print('sorted', [heapq.heappop(h) for _ in range(len(h))] == sorted(data))


class C:
    log = []

    def __init__(self, v, tag=''):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        C.log.append((self.v, other.v))
        return self.v < other.v

    def __eq__(self, other):
        C.log.append(('eq', self.v, other.v))
        return self.v == other.v

    def __repr__(self):
        return f'{self.v}{self.tag}'


items = [C(v, t) for v, t in zip([5, 3, 5, 1, 3, 9, 1, 5, 2], 'abcdefghi')]
h = list(items)
heapq.heapify(h)
print('heapify C', h, len(C.log), C.log[:12])
C.log.clear()
heapq.heappush(h, C(0, 'z'))
print('push C', h, C.log)
C.log.clear()
print('pop C', heapq.heappop(h), h, C.log)
C.log.clear()
print('nsmallest C', heapq.nsmallest(3, iter(items)), len(C.log))
C.log.clear()
print('nlargest C', heapq.nlargest(3, iter(items)), len(C.log))
C.log.clear()
print('merge C', list(heapq.merge([C(1, 'a'), C(4, 'a')], [C(1, 'b'), C(2, 'b')])), C.log)

words = 'the quick brown fox jumps over the lazy dog and keeps running far away'.split()
print('nsmallest', heapq.nsmallest(4, words), heapq.nsmallest(4, words, key=len))
print('nlargest', heapq.nlargest(4, words), heapq.nlargest(4, words, key=len))
print('nlargest iter', heapq.nlargest(5, iter(words), key=len), heapq.nsmallest(5, iter(words), key=len))
print('n=1', heapq.nsmallest(1, words, key=len), heapq.nlargest(1, iter([])), heapq.nlargest(1, words))
print('n=0', heapq.nsmallest(0, words), heapq.nlargest(-2, iter(words)), heapq.nsmallest(0, iter(words)))
print('n big', heapq.nsmallest(50, words, key=len)[:5], heapq.nlargest(50, (3, 1, 2)))
pairs = [(rand(5), i) for i in range(30)]
print('stable', heapq.nsmallest(6, iter(pairs), key=lambda p: p[0]))
print('stable', heapq.nlargest(6, iter(pairs), key=lambda p: p[0]))

print('merge', list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print('merge key', list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print('merge rev', list(heapq.merge([9, 5, 1], [8, 5, 2], [7], reverse=True)))
print('merge rev key', list(heapq.merge(['ccc', 'a'], ['bb', 'dd', 'e'], key=len, reverse=True)))
print('merge ties', list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print('merge empty', list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([3])))
g = heapq.merge(iter([1, 2]), iter([1]))
print('merge gen', type(g).__name__, next(g), next(g), list(g))


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


check('pop empty', lambda: heapq.heappop([]))
check('replace empty', lambda: heapq.heapreplace([], 1))
check('push tuple', lambda: heapq.heappush((), 1))
check('pop tuple', lambda: heapq.heappop(()))
check('heapify tuple', lambda: heapq.heapify(()))
check('replace tuple', lambda: heapq.heapreplace((), 1))
check('pushpop tuple', lambda: heapq.heappushpop((), 1))
check('mixed', lambda: heapq.heapify([1, 'a', 2]))
check('nl str n', lambda: heapq.nlargest('a', [1, 2]))
check('ns float n', lambda: heapq.nsmallest(2.0, [1, 2, 3]))
check('ns none', lambda: heapq.nsmallest(None, iter([1, 2])))
check('merge kw', lambda: heapq.merge([1], foo=1))


class Sub(list):
    pass


s = Sub([4, 1, 3])
heapq.heapify(s)
heapq.heappush(s, 0)
print('subclass', type(s).__name__, s, heapq.heappop(s), s)


class Grow:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v


hp = []
hp.extend([Grow(1, hp), Grow(2, hp)])
check('grow', lambda: heapq.heappush(hp, Grow(0, hp)))
mh = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mh)
print('max', mh, heapq._heappop_max(mh), heapq._heapreplace_max(mh, 0), mh)
