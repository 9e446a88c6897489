# closures, nonlocal counters, late binding, lambdas, composition, higher-order functions.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2(), c1())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late_binding()])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'pow': pow}
for name in ['add', 'mul', 'pow']:
    print(name, ops[name](3, 4))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(inc, 0, 'x'))
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
