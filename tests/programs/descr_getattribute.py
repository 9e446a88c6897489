# __getattribute__ overrides, object.__getattribute__, fallback to __getattr__
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Tracer:
    cls_attr = 'class level'
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('  getattribute', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print('  getattr fallback', name)
        return f'<{name}>'
    def method(self):
        return self.x

t = Tracer()
print(t.x)
print(t.cls_attr)
print(t.missing)
print(t.method())
print(getattr(t, 'y', 'default'))
print(hasattr(t, 'zzz'))
print(type(t).__name__, t.__class__.__name__)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        if name in ('_target', '__class__'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_target'), name)
p = Proxy([3, 1, 2])
p.sort()
print(p.__len__(), p.count(1), p._target, p.index(2))
check(lambda: len(p))

class Deny:
    secret = 's'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(f'{name} is hidden')
        return super().__getattribute__(name)
d = Deny()
check(lambda: d.secret)
print(hasattr(d, 'secret'), getattr(d, 'secret', 'dflt'), Deny.secret)

class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return 'not reached for KeyError'
check(lambda: Raises().a)

class Counting:
    def __init__(self):
        self.reads = 0
    def __getattribute__(self, name):
        if name != 'reads':
            object.__setattr__(self, 'reads', object.__getattribute__(self, 'reads') + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.foo = 1
c.foo; c.foo; c.__dict__
print(c.reads)
print(object.__getattribute__(c, 'foo'))
check(lambda: object.__getattribute__(c, 'nope'))
check(lambda: object.__getattribute__(c, 5))
class Named:
    @property
    def thing(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return f'getattr {name}'
print(Named().thing)
