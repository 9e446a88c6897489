# __setattr__/__delattr__ overrides with super().__setattr__
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Frozen:
    def __init__(self, x, y):
        super().__setattr__('x', x)
        object.__setattr__(self, 'y', y)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: frozen')

f = Frozen(1, 2)
print(f.x, f.y)
for action in (lambda: setattr(f, 'x', 5), lambda: delattr(f, 'y')):
    check(lambda: action())
check(lambda: setattr(f, 'z', 1))
f.__dict__['x'] = 'sneaky'
print(f.x)

class Logged:
    def __setattr__(self, name, value):
        print('  set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('  del', name)
        super().__delattr__(name)
l = Logged()
l.a = 1
setattr(l, 'b', 2)
l.a += 10
del l.b
print(vars(l))
check(lambda: delattr(l, 'nothing'))

class Validated:
    def __setattr__(self, name, value):
        if name.startswith('n_') and not isinstance(value, int):
            raise TypeError(f'{name} needs int')
        object.__setattr__(self, name, value)
v = Validated()
v.n_items = 3
v.label = 'lbl'
check(lambda: setattr(v, 'n_other', 'x'))
print(sorted(vars(v).items()))

class WithProp(Logged):
    @property
    def p(self):
        return 'p'
    @p.setter
    def p(self, value):
        print('  property setter', value)
wp = WithProp()
wp.p = 7
print(vars(wp))
check(lambda: object.__setattr__(1, 'x', 1))
check(lambda: object.__setattr__(Logged, 'x', 1))
check(lambda: object.__delattr__(l, 'missing'))
check(lambda: setattr(l, 5, 1))
class Lower:
    def __setattr__(self, name, value):
        super().__setattr__(name.lower(), value)
lo = Lower()
lo.ABC = 1
print(vars(lo))
