# Coroutine object attributes: names, running/suspended state, cr_await, cr_frame.

class Suspend:
    def __await__(self):
        yield "paused"

async def leaf():
    await Suspend()
    return "leaf"

async def top():
    return await leaf()

class Service:
    async def handle(self):
        return "handled"

    def make(self):
        async def local():
            pass
        return local

c = top()
print(c.__name__, c.__qualname__, c.cr_code.co_name)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None)
print(c.cr_origin)

state = []
async def observe():
    state.append(("inside", me.cr_running, me.cr_suspended))
    await Suspend()

me = observe()
me.send(None)
print(state, me.cr_running, me.cr_suspended)
me.close()
print("closed:", me.cr_running, me.cr_suspended, me.cr_frame)

c.send(None)
print("suspended:", c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__name__)
print("frame line is an int:", isinstance(c.cr_frame.f_lineno, int))
try:
    c.send(None)
except StopIteration as s:
    print("finished:", s.value, c.cr_await, c.cr_frame, c.cr_suspended)

s = Service()
h = s.handle()
print(h.__name__, h.__qualname__)
h.close()
loc = s.make()()
print(loc.__name__, loc.__qualname__)
loc.close()

# the coroutine's name can be changed
c2 = leaf()
c2.__name__ = "renamed"
c2.__qualname__ = "Some.renamed"
print(c2.__name__, c2.__qualname__)
try:
    c2.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
c2.close()

# a coroutine is not iterable and has no __next__
c3 = leaf()
try:
    iter(c3)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(c3, "__next__"), hasattr(c3, "__await__"), hasattr(c3, "send"))
w = c3.__await__()
print(type(w).__name__, next(w))
c3.close()

# function attributes of async functions
print(top.__name__, top.__qualname__, Service.handle.__qualname__)
print(type(top).__name__, top.__code__.co_name)
