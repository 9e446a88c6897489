# `self.x` and `self.x = v` run as fused instructions when the attribute cache hits; every
# other case must behave as the two instructions would.
import traceback

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def put(self, v):
        self.x = v
        return self.x

class S:
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def put(self, v):
        self.x = v

class Q(P):
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 10)

class G(P):
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return ('via getattribute', v) if name == 'x' else v

def run(o):
    for v in range(3):
        o.put(v)
    return o.get()

for cls in (P, S, Q, G, P, S):
    print(cls.__name__, run(cls(1)))

def unbound():
    if False:
        o = None
    return o.x

def missing(o):
    return o.nope

def store_none(o):
    o.x = 1

def cond(c, a, b):
    return (a if c else b).x

for f, args in ((unbound, ()), (missing, (P(1),)), (missing, (S(1),)), (store_none, (None,)),
                (cond, (True, P(5), S(6))), (cond, (False, P(5), S(6))),
                (cond, (False, P(5), 7))):
    try:
        print(f.__name__, f(*args))
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'))

s = S(1)
del s.x
try:
    s.get()
except AttributeError as e:
    print('AttributeError', e)
s.put(3)
print(s.get())

# The class changes under a warm cache.
p = P(1)
for i in range(5):
    p.get()
class R(P):
    @property
    def x(self):
        return 'property'
    @x.setter
    def x(self, v):
        print('setter', v)
p.__class__ = R
print(p.get(), p.put(9))
P.get = lambda self: ('replaced', self.x)
print(P(2).get())
