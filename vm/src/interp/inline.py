# The interpreter's own Python code. When a built-in would call back into Python (a key
# function, a generator it consumes, a __len__ or __eq__ written in Python) while recursion
# is deep, the dispatch loop enters one of these functions instead, so that Python code runs
# in the same loop rather than in a nested one on the wasm stack. Their frames are hidden:
# no traceback line and no recursion depth, as for the native code they stand in for. Names
# starting with an underscore are native helpers the interpreter puts in this namespace.


def sum_over(iterable, start):
    state = _sum_start(start)
    for item in iterable:
        state = _sum_add(state, item)
    return _sum_end(state)


def min_max(iterable, key, default, has_default, want_max, name):
    found = False
    best = best_key = None
    for item in iterable:
        k = item if key is None else key(item)
        if not found:
            found = True
            best = item
            best_key = k
        elif (k > best_key) if want_max else (k < best_key):
            best = item
            best_key = k
    if found:
        return best
    if has_default:
        return default
    raise ValueError(name + "() iterable argument is empty")


def sorted_by(iterable, key, reverse):
    items = [item for item in iterable]
    keys = [key(item) for item in items]
    return _sort_keyed(items, keys, reverse)


def sequence_compare(a, b, op):
    # Lists or tuples, item by item as CPython: the first pair that differs decides.
    # op numbers the comparisons: < <= == != > >=.
    if op == 2 or op == 3:
        if _size(a) != _size(b):
            return op == 3
    i = 0
    while i < _size(a) and i < _size(b):
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            if op == 2:
                return False
            if op == 3:
                return True
            if op == 0:
                return x < y
            if op == 1:
                return x <= y
            if op == 4:
                return x > y
            return x >= y
        i += 1
    m = _size(a)
    n = _size(b)
    return (m < n, m <= n, m == n, m != n, m > n, m >= n)[op]


def reduce_with(function, iterable, initial, has_initial):
    items = _reduce_iter(iterable)
    if has_initial:
        value = initial
    else:
        for value in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        value = function(value, item)
    return value


def any_of(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all_of(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def length(method, obj):
    return _len_result(method(obj))


def represent(method, obj):
    return _repr_result(method(obj))


def sequence_repr(seq):
    # A list's or tuple's repr item by item over the live sequence, "[...]" for a cycle.
    marker = _repr_enter(seq)
    if marker is not None:
        return marker
    parts = []
    try:
        i = 0
        while i < _size(seq):
            parts.append(_repr(seq[i]))
            i += 1
    finally:
        _repr_leave(seq)
    return _sequence_text(seq, parts)


def stringify(method, obj):
    return _str_result(method(obj))


def percent(fmt, values):
    # str % values where an instance's text is needed: its __str__/__repr__ runs here.
    plan = _percent_plan(fmt, values)
    if plan is None:
        return _percent_native(fmt, values)
    texts = []
    for conv, obj in plan:
        if conv == "s":
            texts.append(_str(obj))
        elif conv == "r":
            texts.append(_repr(obj))
        else:
            texts.append(_ascii_escape(_repr(obj)))
    return _percent_apply(fmt, values, texts)


def join(sep, iterable):
    return sep.join([item for item in iterable])


def to_list(iterable):
    return [item for item in iterable]


def to_tuple(iterable):
    return _as_tuple([item for item in iterable])


def compare(method, a, b, op):
    result = method(a, b)
    if result is NotImplemented:
        return _compare_rest(a, b, op)
    return result


def not_equal(method, a, b):
    # object.__ne__ inverts __eq__; when a's declines, b's reflected __ne__ asks b's __eq__.
    result = method(a, b)
    if result is NotImplemented:
        result = method(b, a)
        if result is NotImplemented:
            return a is not b
    return not result


def binary(method, a, b, op, mode):
    result = method(a, b)
    if result is NotImplemented:
        return _binary_rest(a, b, op, mode)
    return result
