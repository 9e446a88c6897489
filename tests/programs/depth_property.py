# Properties whose getters recurse run in the dispatch loop: CPython's depth, its tracebacks,
# and __getattr__ still sees a getter's AttributeError.
import sys
class Node:
    def __init__(self, parent):
        self.parent = parent
    @property
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth
n = None
for i in range(900):
    n = Node(n)
print(n.depth)
class Bad:
    @property
    def x(self):
        return 1 / 0
    @property
    def y(self):
        raise AttributeError('nope')
class WithGetattr(Bad):
    def __getattr__(self, name):
        return 'fallback ' + name
print(WithGetattr().y)
try:
    Bad().y
except AttributeError as e:
    print('AE', e)
def deep(k):
    if k == 0:
        return Bad().x
    return deep(k - 1)
deep(3)
