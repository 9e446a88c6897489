"""Heap queue algorithm (CPython's heapq module, written for pyrs).

A heap is a list `a` with a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k; a[0] is the
smallest item. The sift steps are CPython's, so every function leaves the list in the same
order as CPython and makes the same comparisons (only `<` is used).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

_list_append = list.append
_list_pop = list.pop


def _check_list(heap, name, single=False):
    if not isinstance(heap, list):
        which = 'argument' if single else 'argument 1'
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{name}() {which} must be list, not {got}")


def _changed_size():
    return RuntimeError('list changed size during iteration')


# --- sifting (min-heap) ---------------------------------------------------------------------

def _down(heap, start, pos):
    # Move heap[pos] up towards `start` while it is smaller than its parent.
    size = len(heap)
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        smaller = item < parent
        if len(heap) != size:
            raise _changed_size()
        if not smaller:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _up(heap, pos):
    # Move the smaller child up until a leaf is reached, then put heap[pos]'s item in
    # place from there (fewer comparisons than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            right_first = not heap[child] < heap[child + 1]
            if len(heap) != end:
                raise _changed_size()
            if right_first:
                child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _down(heap, start, pos)


# --- sifting (max-heap), for nsmallest and merge(reverse=True) ------------------------------

def _down_max(heap, start, pos):
    size = len(heap)
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        larger = parent < item
        if len(heap) != size:
            raise _changed_size()
        if not larger:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _up_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    limit = end >> 1
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            right_first = not heap[child + 1] < heap[child]
            if len(heap) != end:
                raise _changed_size()
            if right_first:
                child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _down_max(heap, start, pos)


# --- the public heap operations -------------------------------------------------------------

def heappush(heap, item, /):
    """Push item onto the heap, keeping it a heap."""
    _check_list(heap, 'heappush')
    _list_append(heap, item)
    _down(heap, 0, len(heap) - 1)


def _take_top(heap, name, sift):
    # Removes the top item: the last item takes its place and sinks into position.
    _check_list(heap, name, True)
    if not heap:
        raise IndexError('index out of range')
    last = _list_pop(heap)
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    sift(heap, 0)
    return top


def _swap_top(heap, item, sift):
    # Puts `item` in place of the top item (returned), then lets it sink.
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    sift(heap, 0)
    return top


def heappop(heap, /):
    """Remove and return the smallest item of the heap, keeping it a heap."""
    return _take_top(heap, 'heappop', _up)


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap must not be empty)."""
    _check_list(heap, 'heapreplace')
    return _swap_top(heap, item, _up)


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item, in one step."""
    _check_list(heap, 'heappushpop')
    if not heap:
        return item
    if not heap[0] < item:
        return item
    # The comparison may have emptied the heap: _swap_top checks again.
    return _swap_top(heap, item, _up)


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _up(heap, i)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    return _take_top(heap, '_heappop_max', _up_max)


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    return _swap_top(heap, item, _up_max)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, '_heapify_max', True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _up_max(heap, i)


# CPython's module also has these names (its pure-Python sift helpers).
def _siftdown(heap, startpos, pos):
    _down(heap, startpos, pos)


def _siftup(heap, pos):
    _up(heap, pos)


def _siftdown_max(heap, startpos, pos):
    _down_max(heap, startpos, pos)


def _siftup_max(heap, pos):
    _up_max(heap, pos)


# --- merge ----------------------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily (ordered by key(item) when
    key is given, descending when reverse is true: each input must be sorted that way)."""
    if reverse:
        make_heap, pop, replace, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, step = heapify, heappop, heapreplace, 1

    # Each heap entry is a list [sort value, input number (ties keep input order),
    # (item,) iterator]; the entry is updated in place and sifted back.
    entries = []
    if key is None:
        for number, iterator in enumerate(map(iter, iterables)):
            try:
                entries.append([next(iterator), number * step, iterator])
            except StopIteration:
                pass
        make_heap(entries)
        while len(entries) > 1:
            try:
                while True:
                    entry = entries[0]
                    yield entry[0]
                    entry[0] = next(entry[2])
                    replace(entries, entry)
            except StopIteration:
                pop(entries)
        if entries:
            entry = entries[0]
            yield entry[0]
            yield from entry[2]
        return

    for number, iterator in enumerate(map(iter, iterables)):
        try:
            value = next(iterator)
            entries.append([key(value), number * step, value, iterator])
        except StopIteration:
            pass
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


# --- nsmallest / nlargest -------------------------------------------------------------------

_MISSING = object()


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] would give."""
    if n == 1:
        if key is None:
            best = min(iter(iterable), default=_MISSING)
        else:
            best = min(iter(iterable), default=_MISSING, key=key)
        return [] if best is _MISSING else [best]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n best seen so far in a max-heap whose top is the worst of them. Entries
    # carry their arrival number so that equal items keep their input order.
    iterator = iter(iterable)
    if key is None:
        kept = [(item, i) for i, item in zip(range(n), iterator)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        number = n
        for item in iterator:
            if item < worst:
                _heapreplace_max(kept, (item, number))
                worst = kept[0][0]
                number += 1
        kept.sort()
        return [entry[0] for entry in kept]

    kept = [(key(item), i, item) for i, item in zip(range(n), iterator)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    number = n
    for item in iterator:
        k = key(item)
        if k < worst:
            _heapreplace_max(kept, (k, number, item))
            worst = kept[0][0]
            number += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n]
    would give."""
    if n == 1:
        if key is None:
            best = max(iter(iterable), default=_MISSING)
        else:
            best = max(iter(iterable), default=_MISSING, key=key)
        return [] if best is _MISSING else [best]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # A min-heap of the n best; arrival numbers count down so that, sorted in reverse,
    # equal items keep their input order.
    iterator = iter(iterable)
    if key is None:
        kept = [(item, i) for i, item in zip(range(0, -n, -1), iterator)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        number = -n
        for item in iterator:
            if worst < item:
                heapreplace(kept, (item, number))
                worst = kept[0][0]
                number -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]

    kept = [(key(item), i, item) for i, item in zip(range(0, -n, -1), iterator)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    number = -n
    for item in iterator:
        k = key(item)
        if worst < k:
            heapreplace(kept, (k, number, item))
            worst = kept[0][0]
            number -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
