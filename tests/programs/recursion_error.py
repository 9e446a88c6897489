# unbounded recursion caught as RecursionError.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('caught', type(e).__name__, isinstance(e, RuntimeError))
def forever2():
    return 1 + forever2()
for attempt in range(3):
    try:
        forever2()
    except RecursionError:
        print('caught again', attempt)
class Loop:
    def method(self):
        return self.method()
try:
    Loop().method()
except RecursionError:
    print('caught method recursion')
depth = 0
def track():
    global depth
    depth += 1
    track()
try:
    track()
except RecursionError:
    print('depth reached over 500:', depth > 500, 'under limit+1:', depth <= sys.getrecursionlimit())
def after():
    return sum(range(100))
print('still works', after())
