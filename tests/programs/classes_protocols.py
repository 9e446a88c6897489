# iteration protocols (__getitem__, __iter__/__next__), rich comparisons, __format__, reflected operators.
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)), 9 in Seq(5), [x for x in Seq(3)])
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(5)), sum(Countdown(4)), next(Countdown(1)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
class Money:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f'${self.v}'
    def __str__(self):
        return f'{self.v} dollars'
    def __format__(self, spec):
        return format(self.v, spec) + '$'
    def __iadd__(self, o):
        self.v += o
        return self
ms = [Money(5), Money(1), Money(3)]
print(sorted(ms), max(ms), Money(1) < Money(2), Money(2) > Money(1), Money(2) >= Money(3), Money(2) <= Money(2))
m = Money(10)
m += 5
print(m, repr(m), f'{m:>6}', str(m), [m], '%s %r' % (m, m))
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
class Rev:
    def __radd__(self, o):
        return f'radd({o})'
    def __eq__(self, o):
        return 'custom-eq'
print(1 + Rev(), 'x' + Rev(), Rev() == 1, 1 == Rev())
try:
    NoEq() < NoEq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(NoEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoEq()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NoEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Money(1))
except TypeError as e:
    print(type(e).__name__, e)
