# A doubly-linked list and an LRU cache built on it, with the full sequence protocol.

class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, iterable=()):
        self._head = _Node()
        self._head.prev = self._head.next = self._head
        self._len = 0
        for item in iterable:
            self.append(item)

    def _insert_after(self, node, new):
        new.prev, new.next = node, node.next
        node.next.prev = new
        node.next = new
        self._len += 1
        return new

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
        self._len -= 1
        return node

    def append(self, value):
        return self._insert_after(self._head.prev, _Node(value=value))

    def appendleft(self, value):
        return self._insert_after(self._head, _Node(value=value))

    def _node_at(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("LinkedList index out of range")
        node = self._head.next
        for _ in range(index):
            node = node.next
        return node

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self._head.next
        while node is not self._head:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self._head.prev
        while node is not self._head:
            yield node.value
            node = node.prev

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(self)
            items[index] = value
            self.clear()
            self.extend(items)
        else:
            self._node_at(index).value = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            items = list(self)
            del items[index]
            self.clear()
            self.extend(items)
        else:
            self._unlink(self._node_at(index))

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if isinstance(other, LinkedList):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return LinkedList([*self, *other])

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return LinkedList(list(self) * n)

    __rmul__ = __mul__

    def __bool__(self):
        return self._len > 0

    def extend(self, items):
        for i in items:
            self.append(i)

    def clear(self):
        self._head.prev = self._head.next = self._head
        self._len = 0

    def pop(self, index=-1):
        if not self:
            raise IndexError("pop from empty LinkedList")
        return self._unlink(self._node_at(index)).value

    def index(self, value):
        for i, v in enumerate(self):
            if v == value:
                return i
        raise ValueError(f"{value!r} is not in LinkedList")

    def __repr__(self):
        return f"LinkedList({list(self)!r})"


ll = LinkedList("abc")
ll.appendleft("z")
ll.append("d")
print(ll, len(ll), ll[0], ll[-1], ll[1:3], ll[::-1], list(reversed(ll)), "c" in ll, "q" in ll)
ll[0] = "Z"
ll[1:3] = ["A", "B", "extra"]
del ll[-1]
del ll[::2]
print(ll, ll.index("extra"), ll.pop(), ll.pop(0), ll, bool(ll), bool(LinkedList()))
try:
    ll.index("nope")
except ValueError as e:
    print("ValueError", e)
try:
    LinkedList()[0]
except IndexError as e:
    print("IndexError", e)
try:
    LinkedList().pop()
except IndexError as e:
    print("IndexError", e)
a = LinkedList([1, 2])
b = a
a += [3]
print(a is b, a, a + LinkedList([4]), a * 2, 2 * LinkedList([0]), a == LinkedList([1, 2, 3]), a != LinkedList([1]), a == [1, 2, 3])
print(sorted(LinkedList([3, 1, 2])), max(LinkedList([3, 1, 2])), sum(LinkedList(range(5))), list(enumerate(LinkedList("xy"))), dict(zip(LinkedList("ab"), LinkedList([1, 2]))))
first, *rest = LinkedList([10, 20, 30])
print(first, rest, [*LinkedList([1]), *LinkedList([2])], tuple(LinkedList("hi")), set(LinkedList([1, 1, 2])))
try:
    a + [1]
except TypeError as e:
    print("TypeError", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._map = {}
        self._order = LinkedList()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._order._unlink(node)
        self._order._insert_after(self._order._head.prev, node)
        return node.value[1]

    def put(self, key, value):
        if key in self._map:
            node = self._map[key]
            node.value = (key, value)
            self._order._unlink(node)
            self._order._insert_after(self._order._head.prev, node)
            return
        if len(self._map) >= self.capacity:
            oldest = self._order._head.next
            self._order._unlink(oldest)
            del self._map[oldest.value[0]]
            self.evictions += 1
        self._map[key] = self._order.append((key, value))

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def keys(self):
        return [k for k, _ in self._order]

    def __repr__(self):
        return f"LRUCache({self.capacity}, {dict(self._order)})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache, cache.get("a"), cache.keys())
cache.put("d", "D")
print(cache.keys(), "b" in cache, cache.get("b", "gone"), cache.evictions)
cache.put("c", "C2")
cache.put("e", "E")
print(cache, len(cache), cache.hits, cache.misses, cache.evictions)


def fib_with_cache(n, cache=LRUCache(50)):
    if n < 2:
        return n
    cached = cache.get(n)
    if cached is not None:
        return cached
    result = fib_with_cache(n - 1) + fib_with_cache(n - 2)
    cache.put(n, result)
    return result


print(fib_with_cache(90), fib_with_cache.__defaults__[0].hits > 0)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
