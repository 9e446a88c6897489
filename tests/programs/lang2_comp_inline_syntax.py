srcs = [
 "[x for x in [(y := 1) for _ in [1]]]",
 "[x for x in [1] for z in (y := [1])]",
 "[x for x in [1] if (x := 2)]",
 "[[(x := 1) for y in [1]] for x in [1]]",
 "[(lambda: (x := 1))() for x in [1]]",
 "class A:\n    [(y := 1) for x in [1]]",
 "class A:\n    [[(y := 1) for z in [1]] for x in [1]]",
 "[(yield) for x in [1]]",
 "def f():\n    [x for x in (yield)]",
 "def f():\n    [(yield) for x in [1]]",
 "def f():\n    {k: (yield) for k in [1]}",
 "def f():\n    {(yield) for k in [1]}",
 "def f():\n    list((yield) for k in [1])",
 "def f():\n    [await x for x in [1]]",
 "def f():\n    [x async for x in [1]]",
 "async def f():\n    [[x async for x in y] for y in [1]]",
 "async def f():\n    [[await x for x in y] for y in [1]]",
 "def f():\n    [[x async for x in y] for y in [1]]",
 "async def f():\n    def g():\n        return [x async for x in y]",
 "async def f():\n    lambda: [await x for x in y]",
 "[x for x, x in [(1, 2)]]",
 "[1 for x in [1] for x in [2]]",
 "def f():\n    nonlocal x\n    [x for x in [1]]",
 "def f():\n    x = 1\n    def g():\n        nonlocal x\n        return [x := 2 for y in [1]]",
 "def f():\n    global x\n    return [x := 2 for y in [1]]",
 "def f():\n    global x\n    return [[x := 2 for z in [1]] for y in [1]]",
 "[*x for x in [1]]",
 "{**x for x in [1]}",
 "[x for x in 1, 2]",
 "[x for x in *a, *b]",
 "[x for in [1]]",
 "[x for x in]",
 "[x for 1 in [1]]",
 "[x for f() in [1]]",
 "[x for x in [1] if]",
 "[x for x in lambda: 1]",
 "[x for x in lambda: (y := 1)]",
 "[x for x in [1] if lambda: 1]",
 "(x for x in [1] if x if 1 else 2)",
]
for s in srcs:
    try:
        compile(s, 'm', 'exec')
        print('OK   ', repr(s))
    except SyntaxError as e:
        print('ERR  ', repr(s), '|', e.msg, e.lineno)
# module-level walrus in comprehension binds a module global
r = [mw := i * 3 for i in range(3)]
print('module walrus', r, mw, 'mw' in globals(), 'i' in globals())
def reads_mw():
    return mw
print('reads_mw', reads_mw())
# walrus in comprehension inside a nested function where the name is declared global
G2 = 'g'
src = "def gw():\n    global G2\n    return [[(G2 := a * b) for b in range(2)] for a in range(3)], G2\n"
try:
    ns = {}
    exec(src, globals())
    print('gw', gw(), G2)
except SyntaxError as e:
    print('gw SyntaxError', e.msg)
print('done')
