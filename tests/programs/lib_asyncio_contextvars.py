# asyncio tasks, callbacks and runners run in copies of the context (contextvars).
import asyncio, contextvars
v = contextvars.ContextVar("v", default="default")
async def main():
    v.set("set in main")
asyncio.run(main())
print(v.get())
cv = contextvars.ContextVar("cv", default="unset")
async def work(name):
    cv.set(name)
    await asyncio.sleep(0)
    return cv.get()
async def main2():
    cv.set("main")
    print(await asyncio.gather(work("a"), work("b")), cv.get())
    asyncio.get_running_loop().call_soon(lambda: print("cb", cv.get()))
    await asyncio.sleep(0)
    ctx = contextvars.copy_context()
    print(ctx[cv])
    async def eager():
        cv.set("eager")
        return cv.get()
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print(await loop.create_task(eager()), cv.get())
asyncio.run(main2())
print(cv.get())
with asyncio.Runner() as r:
    r.run(work("r1"))
    print(r.run(asyncio.sleep(0, cv.get())))

import base64, binascii
for f, data in ((base64.b64decode, "abc"), (base64.b32decode, "A"), (base64.b16decode, "0")):
    try:
        f(data)
    except binascii.Error as e:
        print("caught", type(e).__module__, type(e).__name__, e)
