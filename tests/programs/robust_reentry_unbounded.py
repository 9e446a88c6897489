# Unbounded recursion that passes through built-ins, dunder methods and generators must end
# in RecursionError (never a crash of the interpreter), and the program must go on afterwards.
def check(label, action):
    try:
        action()
        print(label, 'returned')
    except RecursionError:
        print(label, 'RecursionError')

def via_map(x): return list(map(via_map, [x]))
def via_filter(x): return list(filter(via_filter, [x]))
def via_sorted(x): return sorted([x, x], key=via_sorted)
def via_min(x): return min([x, x], key=via_min)
def via_any(): return any(via_any() for _ in [1])
def via_tuple(): return tuple(via_tuple() for _ in [1])
def via_next(): return next(gen_next())
def gen_next(): yield via_next()
def gen_yield_from(): yield from gen_yield_from()
def gen_for():
    for x in gen_for():
        yield x
def via_iter_sentinel(): return next(iter(via_iter_sentinel, 0))

class Dunders:
    def __hash__(self): return hash(Dunders())
    def __getattr__(self, name): return getattr(self, name + 'x')
    def __format__(self, spec): return format(self, spec)
    def __iter__(self): return iter(Dunders())
    def __float__(self): return float(self)
    def __pow__(self, other): return pow(self, other)
    def __lt__(self, other): return sorted([self, other])
    def __add__(self, other): return sum([self, other], self)

class Eq:
    def __eq__(self, other): return [other].count(self)

class Str:
    def __str__(self): return '%s' % self

class Fmt:
    def __str__(self): return '{}'.format(self)

class SetAttr:
    def __setattr__(self, name, value): setattr(self, name, value)

check('map', lambda: via_map(1))
check('filter', lambda: via_filter(1))
check('sorted key', lambda: via_sorted(1))
check('min key', lambda: via_min(1))
check('any genexp', via_any)
check('tuple genexp', via_tuple)
check('next generator', via_next)
check('yield from', lambda: list(gen_yield_from()))
check('for in generator', lambda: list(gen_for()))
check('iter sentinel', via_iter_sentinel)
check('__hash__', lambda: hash(Dunders()))
check('__getattr__', lambda: Dunders().foo)
check('hasattr', lambda: hasattr(Dunders(), 'foo'))
check('__format__', lambda: format(Dunders(), ''))
check('__iter__', lambda: iter(Dunders()))
check('__float__', lambda: float(Dunders()))
check('__pow__', lambda: pow(Dunders(), 1))
check('__lt__ sorted', lambda: Dunders() < Dunders())
check('__add__ sum', lambda: Dunders() + Dunders())
check('__eq__ count', lambda: Eq() == Eq())
check('__str__ %', lambda: str(Str()))
check('__str__ format', lambda: str(Fmt()))
check('__setattr__', lambda: setattr(SetAttr(), 'x', 1))
print('still alive', sum(range(10)))
