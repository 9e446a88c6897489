# generator finalization: dropping a generator suspended in yield-from closes the delegated iterator (CPython 3.12 gen_close)
class Sub:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("Sub.close", self.n)

def deleg(n):
    yield from Sub(n)

def inner(n):
    try:
        yield 1
        yield 2
    finally:
        print("inner finally", n)

def outer(it):
    yield from it

g = deleg("dropped"); next(g)
g = None
print("after drop 1")

i = inner("shared"); o = outer(i); next(o)
del o
print("after drop 2")
print(next(i, "exhausted"))

lst = [deleg("list-held")]
next(lst[0])
lst.clear()
print("after clear")

g = deleg("explicit"); next(g); g.close()
print("after explicit close")

keep = deleg("at-exit"); next(keep)
print("end of module")
