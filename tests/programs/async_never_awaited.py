# A coroutine freed before it ever ran: CPython's RuntimeWarning "was never awaited", once,
# attributed to the line that dropped it; an awaited, closed or started one says nothing.
import asyncio
import warnings


async def work(n):
    return n * 2


def forgets():
    work(1)          # forgot await
    print("forgets: done")


forgets()

c = work(2)
c.close()
del c
print("closed: quiet")

c = work(3)
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c

print(asyncio.run(work(4)))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = work(5)
    del x
print(len(caught), caught[0].category.__name__, str(caught[0].message))
print(type(caught[0].source).__name__)

async def outer():
    work(7)
    return "outer"

print(asyncio.run(outer()))
print("end")
