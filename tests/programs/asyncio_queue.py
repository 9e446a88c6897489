# asyncio.Queue: producers and consumers, maxsize, task_done/join, get_nowait.
import asyncio

async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}:{item}")
    await q.put(None)

async def consumer(q, results, producers):
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
        else:
            results.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    print(q.empty(), q.qsize(), q.maxsize, q.full())
    results = []
    await asyncio.gather(producer(q, "p1", [1, 2, 3]), producer(q, "p2", ["a", "b"]),
                         consumer(q, results, 2))
    print(results)
    print(sorted(results))

    # a bounded queue blocks put() when full
    bq = asyncio.Queue(maxsize=2)
    bq.put_nowait(1)
    bq.put_nowait(2)
    print("full:", bq.full(), bq.qsize())
    try:
        bq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull raised")
    log = []
    async def late_put():
        await bq.put(3)
        log.append("put 3 done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print("blocked:", log)
    print("got", bq.get_nowait())
    await t
    print("after get:", log, bq.qsize())

    # get_nowait on empty
    eq = asyncio.Queue()
    try:
        eq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")

    # join waits for task_done on every item
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    done = []
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0)
            done.append(item)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print("joined after", done)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")

    # task_done too many times
    try:
        jq.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

    # LifoQueue and PriorityQueue orderings
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

asyncio.run(main())
