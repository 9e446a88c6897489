"""Binary min-heaps stored in plain lists (heap[k] <= heap[2k+1], heap[2k+2]).

Also provides merge() of sorted inputs and nsmallest()/nlargest() selection.
"""

from operator import index as _as_int, lt as _lt

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _gt(a, b):
    # "a belongs above b" in a max-heap; only __lt__ is ever invoked.
    return b < a


# --- sifting engines ---------------------------------------------------------
# `before(x, y)` says x must sit nearer the root than y.  Both engines refuse to
# continue when a comparison resized the list, as the C accelerator does.

def _resized():
    return RuntimeError("list changed size during iteration")


def _rise(heap, pos, floor, before):
    """Move heap[pos] up toward index `floor` until its parent precedes it."""
    size = len(heap)
    moving = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        go = before(moving, above)
        if len(heap) != size:
            raise _resized()
        if not go:
            break
        heap[pos] = above
        pos = up
    heap[pos] = moving


def _sink(heap, pos, before):
    """Re-seat heap[pos]: pull the better child up level by level to a leaf,
    then let the displaced item rise back into place."""
    size = len(heap)
    home = pos
    moving = heap[pos]
    kid = 2 * pos + 1
    while kid < size:
        other = kid + 1
        if other < size:
            keep_left = before(heap[kid], heap[other])
            if len(heap) != size:
                raise _resized()
            if not keep_left:
                kid = other
        heap[pos] = heap[kid]
        pos = kid
        kid = 2 * pos + 1
    heap[pos] = moving
    _rise(heap, pos, home, before)


def _build(heap, before):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos, before)


def _need_list(obj, fname, numbered):
    if not isinstance(obj, list):
        where = "argument 1" if numbered else "argument"
        got = "None" if obj is None else type(obj).__name__
        raise TypeError(f"{fname}() {where} must be list, not {got}")


def _take_root(heap, before):
    if not heap:
        raise IndexError("index out of range")
    tail = list.pop(heap)
    if not heap:
        return tail
    root = heap[0]
    heap[0] = tail
    _sink(heap, 0, before)
    return root


def _swap_root(heap, item, before):
    if not heap:
        raise IndexError("index out of range")
    root = heap[0]
    heap[0] = item
    _sink(heap, 0, before)
    return root


# --- public heap operations --------------------------------------------------

def heappush(heap, item, /):
    """Add item to the heap, keeping the heap property."""
    _need_list(heap, "heappush", True)
    list.append(heap, item)
    _rise(heap, len(heap) - 1, 0, _lt)


def heappop(heap, /):
    """Remove and return the smallest item of the heap."""
    _need_list(heap, "heappop", False)
    return _take_root(heap, _lt)


def heapify(heap, /):
    """Rearrange a list into heap order, in place, in linear time."""
    _need_list(heap, "heapify", False)
    _build(heap, _lt)


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    _need_list(heap, "heapreplace", True)
    return _swap_root(heap, item, _lt)


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item, in one step."""
    _need_list(heap, "heappushpop", True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0, _lt)
    return item


# Max-heap variants (private, but used by code in the wild).

def _heapify_max(heap, /):
    _need_list(heap, "_heapify_max", False)
    _build(heap, _gt)


def _heappop_max(heap, /):
    _need_list(heap, "_heappop_max", False)
    return _take_root(heap, _gt)


def _heapreplace_max(heap, item, /):
    _need_list(heap, "_heapreplace_max", True)
    return _swap_root(heap, item, _gt)


# --- merge ---------------------------------------------------------------------

class _Feed:
    """An item with its sort key and a rank that settles ties between equal
    keys.  In merge() it is one input (source feeds the next head); the
    selection code uses it as a plain record with no source."""

    __slots__ = ('head', 'key', 'rank', 'source', 'keyfunc')

    def __init__(self, head, rank, source, keyfunc):
        self.rank = rank
        self.source = source
        self.keyfunc = keyfunc
        self._load(head)

    def _load(self, head):
        self.head = head
        self.key = head if self.keyfunc is None else self.keyfunc(head)

    def advance(self):
        self._load(next(self.source))

    def __lt__(self, other):
        mine, theirs = self.key, other.key
        if mine is theirs or mine == theirs:
            return self.rank < other.rank
        return mine < theirs


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    key and reverse have the same meaning as for sorted(); on ties the item
    from the earlier iterable comes first.
    """
    before = _gt if reverse else _lt
    sign = -1 if reverse else 1
    feeds = []
    for number, iterable in enumerate(iterables):
        source = iter(iterable)
        for head in source:
            feeds.append(_Feed(head, sign * number, source, key))
            break
    _build(feeds, before)
    while len(feeds) > 1:
        front = feeds[0]
        yield front.head
        try:
            front.advance()
        except StopIteration:
            _take_root(feeds, before)
        else:
            _sink(feeds, 0, before)
    if feeds:
        last = feeds[0]
        yield last.head
        yield from last.source


# --- selection -----------------------------------------------------------------

_NOTHING = object()


def _select(n, iterable, key, largest):
    """Engine of nsmallest()/nlargest(): the n best items, best first.

    The survivors so far live in a heap whose root is the weakest of them;
    a newcomer that beats the root takes its place.  Survivors are _Feed
    records carrying an arrival rank, so equal keys keep input order.
    """
    if n == 1:
        pick = max if largest else min
        found = pick(iterable, default=_NOTHING, key=key)
        return [] if found is _NOTHING else [found]
    try:
        total = len(iterable)
    except (TypeError, AttributeError):
        total = None
    if total is not None and n >= total:
        return sorted(iterable, key=key, reverse=largest)[:n]

    source = iter(iterable)
    wanted = _as_int(n)
    if wanted <= 0:
        return []
    weakest_first = _lt if largest else _gt
    beats = _gt if largest else _lt
    step = -1 if largest else 1
    pool = []
    for item in source:
        pool.append(_Feed(item, step * len(pool), None, key))
        if len(pool) == wanted:
            break
    _build(pool, weakest_first)
    for arrival, item in enumerate(source, wanted):
        rival = _Feed(item, step * arrival, None, key)
        if beats(rival.key, pool[0].key):
            _swap_root(pool, rival, weakest_first)
    pool.sort(reverse=largest)
    return [entry.head for entry in pool]


def nsmallest(n, iterable, key=None):
    """Return the n smallest items, like sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items, like sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


# The native versions (`_heapq`, as CPython's C accelerator) replace the ones above.
try:
    from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                        _heapify_max, _heappop_max, _heapreplace_max)
except ImportError:
    pass
