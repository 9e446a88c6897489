# async def creates coroutine objects; driving them by hand with send(None).

async def add(a, b):
    return a + b

async def nothing():
    pass

def run(coro):
    """Drive a coroutine that never really suspends; return its result."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended unexpectedly")

c = add(2, 3)
print(type(c).__name__)
print(run(c))
print(run(nothing()))

# the body does not run until the coroutine is started
trace = []
async def traced(x):
    trace.append(f"start {x}")
    return x * 2

c = traced(21)
print("before send:", trace)
print(run(c), trace)

# await chains: results flow back up
async def square(x):
    return x * x

async def sum_of_squares(xs):
    total = 0
    for x in xs:
        total += await square(x)
    return total

print(run(sum_of_squares([1, 2, 3, 4])))

# exceptions raised in a coroutine propagate out of send()
async def fails():
    raise ValueError("inside coroutine")

try:
    run(fails())
except ValueError as e:
    print(type(e).__name__, e)

# exceptions propagate through await and can be caught on the way
async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"

print(run(catches()))

# StopIteration.value carries any object, including None and tuples
async def tuple_result():
    return (1, "two", [3])

print(run(tuple_result()))
try:
    nothing().send(None)
except StopIteration as stop:
    print("value of a plain return:", stop.value, stop.args)

# a coroutine raising StopIteration inside gets a RuntimeError instead
async def leaks_stop():
    raise StopIteration("oops")

try:
    run(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# async functions are functions; calling them only makes a coroutine
print(type(add).__name__, add.__name__, callable(add))
print(add.__code__.co_flags & 0x80 != 0)   # CO_COROUTINE
print(square.__code__.co_flags & 0x80 != 0, run.__code__.co_flags & 0x80 != 0)
