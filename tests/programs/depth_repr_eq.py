# Recursion through __repr__ via repr() and __eq__ via == on nested containers.
class Link:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def __repr__(self):
        if self.next is None:
            return 'Link(%d)' % self.value
        return 'Link(%d, %r)' % (self.value, self.next)
    def __eq__(self, other):
        return isinstance(other, Link) and self.value == other.value and self.next == other.next
    __hash__ = None
def build(n):
    head = None
    for i in range(n):
        head = Link(i, head)
    return head
text = repr(build(350))
print('repr 350:', len(text), text[:30], text[-12:])
print('str 350:', len(str(build(350))))
print('f-string 300:', len(f'{build(300)!r}'))
print('== 450:', build(450) == build(450), build(450) == build(449))
print('!= 450:', build(450) != build(450))
def nested_list(n):
    x = []
    for _ in range(n):
        x = [x, 1]
    return x
print('list == 450:', nested_list(450) == nested_list(450))
print('list < 450:', nested_list(450) < nested_list(450))
def nested_dict(n):
    d = {}
    for _ in range(n):
        d = {'k': d}
    return d
print('dict == 450:', nested_dict(450) == nested_dict(450))
print('dict repr 350:', len(repr(nested_dict(350))))
def nested_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t
print('tuple == 450:', nested_tuple(450) == nested_tuple(450), 'hash', hash(nested_tuple(450)) == hash(nested_tuple(450)))
print('list repr 450:', len(repr(nested_list(450))))
class Box:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return 'Box[' + repr(self.inner) + ']'
b = 0
for _ in range(200):
    b = Box([b])
print('Box(list) repr 200:', len(repr(b)))
print('in list 300:', build(300) in [build(300)])
print('list.index 300:', [0, build(300)].index(build(300)))
print('list.count 300:', [build(300), build(300)].count(build(300)))
