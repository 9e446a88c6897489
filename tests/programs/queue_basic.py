import queue

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e))

print(queue.__all__)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception))
q = queue.Queue(3)
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks, q.queue)
for i in (5, 1, 4):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.queue, q.unfinished_tasks)
t('put_nowait full', lambda: q.put_nowait(9))
t('put nonblock full', lambda: q.put(9, False))
t('put timeout 0', lambda: q.put(9, True, 0))
t('put timeout 0.01', lambda: q.put(9, timeout=0.01))
t('put neg timeout', lambda: q.put(9, timeout=-1))
print([q.get() for _ in range(3)])
t('get_nowait empty', q.get_nowait)
t('get nonblock', lambda: q.get(False))
t('get timeout 0', lambda: q.get(timeout=0))
t('get timeout 0.01', lambda: q.get(True, 0.01))
t('get neg timeout', lambda: q.get(timeout=-1))
t('get nonblock neg', lambda: q.get(False, -1))
for _ in range(3):
    q.task_done()
t('task_done extra', q.task_done)
q.join()
print('joined', q.unfinished_tasks)

u = queue.Queue()
t('unbounded neg put', lambda: u.put('a', timeout=-5))
for i in range(100):
    u.put_nowait(i)
print(u.full(), u.qsize(), u.get(), u.get_nowait())
neg = queue.Queue(-1)
for i in range(4):
    neg.put(i)
print(neg.full(), neg.qsize())

lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print(lq.queue, [lq.get() for _ in range(3)], lq.empty())
lq2 = queue.LifoQueue(maxsize=1)
lq2.put(1)
t('lifo full', lambda: lq2.put(2, block=False))

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (0, 'z')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(5)])
t('pq empty', pq.get_nowait)
pq.put(1)
t('pq incomparable', lambda: pq.put('x'))

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, False)
sq.put(3, True, 10)
sq.put_nowait(4)
print(sq.qsize(), sq.get(), sq.get(False), sq.get(True, 0), sq.get_nowait(), sq.empty())
t('sq empty', sq.get_nowait)
t('sq empty nb', lambda: sq.get(block=False))
t('sq timeout', lambda: sq.get(timeout=0.01))
t('sq neg', lambda: sq.get(timeout=-1))
sq.put(7)
t('sq neg nonempty', lambda: sq.get(timeout=-1))
t('sq nb neg', lambda: sq.get(False, -1))
t('sq bad timeout', lambda: sq.get(timeout='x'))
t('sq args', lambda: queue.SimpleQueue(3))
print(queue.Queue[int], queue.PriorityQueue[str])

class Fifo2(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _get(self):
        return self.queue.pop(0)
f2 = Fifo2()
f2.put('x'); f2.put('y')
print(f2.get(), f2.queue, f2.qsize())
