# CancelledError handed out by a cancelled Task/Future: the task's first is the coroutine's, later ones fresh (no msg); futures make a new one each time
import asyncio
async def main():
    async def victim():
        await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("why")
    for i in range(3):
        try:
            await t
        except asyncio.CancelledError as e:
            print(i, e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("m")
    es = []
    for i in range(2):
        try:
            f.result()
        except asyncio.CancelledError as e:
            es.append(e); print(i, e.args)
    print(es[0] is es[1])
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel("m2")
    print(repr(f2.exception()) if False else "", end="")
    try:
        f2.exception()
    except asyncio.CancelledError as e:
        print("exc()", e.args)
asyncio.run(main())
