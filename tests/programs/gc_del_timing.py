# __del__ runs when the last reference goes; cycles wait for gc.collect(); chains run in order.
import gc
class Tracked:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __del__(self):
        self.log.append(self.name)
        print('__del__', self.name)
log = []
t = Tracked('single', log)
print('before del')
del t
print('after del', log)
t = Tracked('rebound', log)
t = None
print('after rebinding')
def scope():
    local = Tracked('local', log)
    print('leaving scope')
scope()
print('after scope')
items = [Tracked('in list 0', log), Tracked('in list 1', log)]
items.pop()
print('after pop')
del items
print('after del list')
head = Tracked('head', log)
head.next = Tracked('middle', log)
head.next.next = Tracked('tail', log)
del head
print('chain deleted')
gc.disable()
a = Tracked('cycle-a', log)
b = Tracked('cycle-b', log)
a.other = b
b.other = a
del a, b
print('cycle dropped, not yet collected')
n = gc.collect()
print('collected', n)
gc.enable()
class Resurrect:
    saved = None
    def __del__(self):
        print('resurrecting')
        Resurrect.saved = self
r = Resurrect()
del r
print('resurrected object alive:', Resurrect.saved is not None)
Resurrect.saved = None
print('second drop does not call __del__ again')
d = {'k': Tracked('dict value', log)}
d['k'] = 'replaced'
print('after replace')
try:
    raise ValueError(Tracked('in exception args', log))
except ValueError:
    pass
print('after except')
x = Tracked('reassigned var', log)
x = Tracked('second value', log)
print('end', len(log))
