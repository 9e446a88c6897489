# SyntaxErrors for misplaced async constructs, found by compile().

def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, "| line", e.lineno)

check("async with at module", "async with x:\n    pass\n")
check("async with in def", "def f():\n    async with x:\n        pass\n")
check("async for at module", "async for i in x:\n    pass\n")
check("async for in def", "def f():\n    async for i in x:\n        pass\n")
check("await at module", "await x\n")
check("await in def", "def f():\n    return await x\n")
check("await in lambda", "async def f():\n    g = lambda: await x\n")
check("await in nested def", "async def f():\n    def g():\n        await x\n")
check("await in class body", "async def f():\n    class C:\n        y = await x\n")
check("async comp in def", "def f():\n    return [i async for i in x]\n")
check("await in comp in def", "def f():\n    return [await i for i in x]\n")
check("yield from in async", "async def f():\n    yield from x\n")
check("return value in async gen", "async def f():\n    yield 1\n    return 5\n")
check("bare return in async gen", "async def f():\n    yield 1\n    return\n")
check("async lambda", "f = async lambda: 1\n")
check("async class", "async class C:\n    pass\n")
check("async with in async def", "async def f():\n    async with a as b, c:\n        pass\n")
check("await in async def", "async def f():\n    return await g()\n")
check("await as a name", "await = 1\n")
check("async as a name", "async = 1\n")
check("await in default", "async def f(x=await y):\n    pass\n")
check("async genexp in def", "def f():\n    return (i async for i in x)\n")
check("yield inside async comprehension", "async def f():\n    return [(yield i) async for i in x]\n")
check("await in f-string", "async def f():\n    return f'{await g()}'\n")

# the line number points at the offending statement
check("line of error", "async def ok():\n    pass\n\ndef bad():\n    x = 1\n    async with y:\n        pass\n")
