# Async comprehensions: async for and await inside list/set/dict/generator forms.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

class Suspend:
    def __await__(self):
        yield

async def agen(n):
    for i in range(n):
        await Suspend()
        yield i

async def double(x):
    await Suspend()
    return x * 2

async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print([y for x in range(3) async for y in agen(x)])
    print([x async for x in agen(10) if await double(x) > 12])
    print({str(x): await double(x) for x in [1, 2]})

    # async generator expression
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])

    # nested comprehension: the inner one is async too
    print([[y async for y in agen(x)] async for x in agen(4)])

    # await in the first iterable of a plain comprehension
    print([x for x in await double(2) * [0]])

    # an async genexp consumed with anext
    g2 = (await double(x) for x in range(3))
    print(await anext(g2), await anext(g2), await anext(g2))
    try:
        await anext(g2)
    except StopAsyncIteration:
        print("genexp exhausted")

    # variables in the comprehension do not leak
    x = "outer x"
    _ = [x async for x in agen(2)]
    print(x)
    return "done"

print(run(main()))

# async comprehensions in a plain function are SyntaxErrors
for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return {k: v async for k, v in y}\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno)

# a generator expression with async for is allowed inside a plain function:
# it only makes an async generator object
def make():
    return (x async for x in agen(2))

g = make()
print(type(g).__name__)

async def consume(g):
    return [x async for x in g]

print(run(consume(g)))
