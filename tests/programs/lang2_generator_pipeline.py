# Generator pipelines: send/throw/close, yield from with return values, and cleanup.

def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print(f"averager closing after {count} values")
    return (count, avg)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            print(f"  sent {v} -> {group.send(v)}")
        group.send(None)
    return results


print(report({"a": [1, 2, 3], "b": [10], "c": []}))


class Reset(Exception):
    pass


def counter(start=0):
    n = start
    while True:
        try:
            received = yield n
        except Reset as r:
            print("reset requested", r.args)
            n = start
            continue
        except GeneratorExit:
            print("counter got GeneratorExit at", n)
            raise
        n += 1 if received is None else received


c = counter(5)
print(next(c), next(c), c.send(10), c.throw(Reset("now")), next(c))
print(c.gi_frame is not None, c.gi_running, c.gi_suspended if hasattr(c, "gi_suspended") else "")
c.close()
print(c.gi_frame, list(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


def returns_value():
    yield 1
    return "done"


def delegator():
    result = yield from returns_value()
    print("inner returned", result)
    result2 = yield from [10, 20]
    print("list yields", result2)
    return result.upper()


gen = delegator()
print(list(gen))
gen = delegator()
for x in gen:
    pass
try:
    gen.send(5)
except StopIteration as e:
    print("exhausted send", repr(e.value))


def throw_through():
    try:
        yield from inner_catch()
    except ValueError as e:
        print("outer caught", e)
        yield "outer recovered"


def inner_catch():
    try:
        yield "inner 1"
    except KeyError as e:
        print("inner caught KeyError", e)
        yield "inner recovered"
    yield "inner 2"


t = throw_through()
print(next(t))
print(t.throw(KeyError("k")))
print(next(t))
print(t.throw(ValueError("v")))
try:
    t.throw(TypeError("fatal"))
except TypeError as e:
    print("propagated", e)
print(t.gi_frame)


def stop_inside():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(window(take(10, fib()), 3)))
print(sum(x for x in take(20, fib()) if x % 2 == 0))
evens = (x for x in range(10) if x % 2 == 0)
print(type(evens).__name__, evens.__name__, next(evens), list(evens), list(evens))

# generator expression scoping: first iterable evaluated eagerly
items = [1, 2, 3]
ge = (x * 2 for x in items)
items = [100]
print(list(ge))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError", e)


def running():
    yield gen_self.gi_running
    try:
        next(gen_self)
    except ValueError as e:
        yield f"ValueError {e}"


gen_self = running()
print(list(gen_self))


def lines():
    try:
        for i in range(3):
            yield f"line {i}"
    finally:
        print("lines cleanup")


for ln in lines():
    if ln.endswith("1"):
        break
print("after break")
it = lines()
next(it)
del it
print("after del")

g2 = (i for i in range(3))
g2.close()
print(list(g2))
g3 = counter()
try:
    g3.throw(Reset)
except Reset as e:
    print("throw into unstarted raises directly", type(e).__name__)
print(g3.gi_frame)
g4 = counter()
try:
    g4.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(g4))
