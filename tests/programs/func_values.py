# closures with memo dicts, nonlocal chains, functions as values, shadowing builtins.
def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(fib_memo()(90))
def nonlocal_chain():
    a = 1
    def l1():
        nonlocal a
        a += 1
        def l2():
            nonlocal a
            a *= 10
        l2()
    l1()
    l1()
    return a
print(nonlocal_chain())
funcs = [len, str.upper, abs, lambda s: s[::-1]]
print([fn('hello') if fn is not abs else fn(-3) for fn in funcs])
print(sorted(['ccc', 'a', 'bb'], key=len), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
def shadow():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(shadow(), len([1, 2]))
print((lambda *a, **k: (a, k))(1, b=2), (lambda x=5: x)())
def rebinding():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]
print(rebinding())
inc = lambda x: x + 1
print(inc.__name__, fib_memo.__name__, shadow.__name__, callable(inc), callable(5), callable(fib_memo()))
