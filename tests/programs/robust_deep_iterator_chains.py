# Chains of built-in iterators and of `yield from` far deeper than the interpreter's native
# stack: either they finish or they raise RecursionError -- the process never dies.
import sys


def attempt(label, make, consume):
    try:
        it = make()
        result = consume(it)
        print(label, "finished")
    except RecursionError:
        print(label, "finished")


def chain_of(kind, depth):
    def make():
        it = iter([0, 1, 2])
        for _ in range(depth):
            if kind == "map":
                it = map(abs, it)
            elif kind == "zip":
                it = zip(it)
            elif kind == "enumerate":
                it = enumerate(it)
            else:
                it = filter(None, it)
        return it
    return make


for kind in ("map", "zip", "enumerate", "filter"):
    for depth in (100, 5000):
        attempt(f"{kind} {depth}", chain_of(kind, depth), lambda it: list(it))

# Moderate depths finish in both interpreters, with the same results.
it = iter([3, -4, 5])
for _ in range(500):
    it = map(abs, it)
print(list(it))
z = iter("ab")
for _ in range(300):
    z = zip(z)
print(next(z) is not None)


def nest(k):
    if k == 0:
        yield "bottom"
        yield "more"
    else:
        yield from nest(k - 1)


sys.setrecursionlimit(20000)
for depth in (50, 3000):
    for how in ("close", "throw"):
        g = nest(depth)
        print(depth, how, next(g))
        try:
            if how == "close":
                g.close()
            else:
                g.throw(ValueError("x"))
            print(depth, how, "done")
        except ValueError:
            print(depth, how, "done")
        except RecursionError:
            print(depth, how, "done")

# The sieve of lazy filters, as in tutorials.
def primes():
    nums = iter(range(2, 10**9))
    while True:
        p = next(nums)
        yield p
        nums = filter(lambda n, p=p: n % p, nums)


gen = primes()
print([next(gen) for _ in range(30)])
