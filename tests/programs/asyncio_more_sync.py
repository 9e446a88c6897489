# asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.
import asyncio

async def main():
    # Lock: one holder at a time, FIFO order for the waiters
    lock = asyncio.Lock()
    log = []
    async def locked_work(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")
    await asyncio.gather(*(locked_work(n) for n in "abc"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # a cancelled waiter does not get the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter:", lock.locked(), waiter.cancelled())

    # Event
    event = asyncio.Event()
    seen = []
    async def waiter_task(n):
        await event.wait()
        seen.append(n)
    ws = [asyncio.create_task(waiter_task(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set:", seen, event.is_set())
    event.set()
    await asyncio.gather(*ws)
    print("after set:", seen, await event.wait())
    event.clear()
    print("cleared:", event.is_set())

    # Condition: notify one, notify all, wait_for
    cond = asyncio.Condition()
    items = []
    got = []
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))
    cs = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*cs)
    print("condition:", got)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Condition.wait returns True; notify(n) wakes at most n
    woke = []
    async def sleeper(n):
        async with cond:
            r = await cond.wait()
            woke.append((n, r))
    ss = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("notify(2):", woke)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ss)
    print("notify_all:", woke)

    # Semaphore limits how many run at once
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    order = []
    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            order.append(n)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("semaphore peak:", peak, order, sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    sem0 = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", sem0.locked())
    sem0.release()
    print("after release:", sem0.locked(), await sem0.acquire())

    # BoundedSemaphore refuses extra releases
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    # Barrier
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    arrived = []
    async def party(n):
        arrived.append(f"{n} arrives")
        index = await barrier.wait()
        arrived.append(f"{n} passes")
        return index
    results = await asyncio.gather(*(party(i) for i in range(3)))
    print(arrived)
    print(sorted(results), barrier.n_waiting)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
