# Very deep structures built in a loop: repr/== raise RecursionError, and building, using
# and freeing them never crashes the interpreter.
N = 100_000

def check(label, action):
    try:
        print(label, action())
    except RecursionError:
        print(label, 'RecursionError')

nested = []
for _ in range(N):
    nested = [nested]
other = []
for _ in range(N):
    other = [other]
check('list repr', lambda: len(repr(nested)))
check('list eq', lambda: nested == other)
check('list is', lambda: nested is nested)
nested = other = None
print('lists freed')

d = {}
for _ in range(N):
    d = {'k': d}
check('dict str', lambda: len(str(d)))
d = None
print('dicts freed')

t = ()
for _ in range(N):
    t = (t, 1)
t = None
print('tuples freed')

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(N):
    head = Node(head)
count = 0
node = head
while node is not None:
    count += 1
    node = node.nxt
print('linked', count)
head = None
print('linked freed')

f = lambda: 0
for _ in range(N):
    f = (lambda g: lambda: g)(f)
f = None
print('closures freed')
