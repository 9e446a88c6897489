# Weak references to generators, coroutines and async generators: the referent while it
# lives, None and the callback once it is freed, WeakSet membership; and asyncio's loop,
# which keeps the asynchronous generators it started only weakly: one that finished is
# freed at once, even while the task that ran it goes on without yielding to the loop.
import asyncio
import gc
import sys
import weakref


def gen():
    yield 1


async def coro():
    return 2


async def agen():
    yield 3


for make in (gen, coro, agen):
    obj = make()
    died = []
    r = weakref.ref(obj, lambda ref: died.append(ref is r))
    print(make.__name__, type(obj).__name__, r() is obj, weakref.getweakrefcount(obj))
    plain = weakref.ref(obj)
    print('  same plain ref:', plain is weakref.ref(obj))
    if make is coro:
        obj.close()
    del obj
    gc.collect()
    print('  after del:', r(), plain(), died)

ws = weakref.WeakSet()
keep = [gen() for _ in range(3)]
for g in keep + [gen() for _ in range(2)]:
    ws.add(g)
gc.collect()
print('WeakSet:', len(ws), all(g in ws for g in keep))
del keep, g
gc.collect()
print('WeakSet after del:', len(ws))

try:
    weakref.ref(iter([]))
except TypeError as e:
    print('TypeError', e)


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(values):
    if not values:
        return None
    i = len(values) // 2
    return Tree(tree(values[:i]), values[i], tree(values[i + 1:]))


async def main():
    t = tree(list(range(200)))
    seen = []
    async for v in t:
        seen.append(v)
    print('walked', len(seen), seen[:5], seen[-3:])
    a = agen()
    r = weakref.ref(a)
    async for v in a:
        print('agen gave', v)
    del a
    print('finished agen freed:', r() is None)
    b = agen()
    rb = weakref.ref(b)
    print('first', await b.__anext__())
    del b
    # an unfinished one goes to the loop's finalizer hook, which closes it
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('unfinished agen closed and freed:', rb() is None)


asyncio.run(main())
print(sys.get_asyncgen_hooks())
