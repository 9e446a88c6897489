# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter at the first awaitable, the finalizer for an
# async generator dropped unfinished, and asyncio closing an abandoned one through them.
import sys
import asyncio

print(sys.get_asyncgen_hooks())
seen = []


def first(agen):
    seen.append(("first", agen.__name__))


def fin(agen):
    seen.append(("fin", agen.__name__))
    try:
        agen.aclose().send(None)
    except StopIteration:
        seen.append("closed")


sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks() == (first, fin))
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
print(sys.get_asyncgen_hooks()[0] is first)


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        seen.append("finally")


g = numbers()
print(seen)
a = g.__anext__()
print(seen)
try:
    a.send(None)
except StopIteration as e:
    print("got", e.value)
del a
del g
print(seen)

g2 = numbers()
try:
    g2.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
try:
    g2.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
try:
    g2.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted")
del g2
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())


async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")


async def main():
    async for x in ticker():
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
print(sys.get_asyncgen_hooks())
