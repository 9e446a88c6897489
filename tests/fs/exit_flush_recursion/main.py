# A RecursionError unwinding through `with` blocks closes (and so flushes) their files; files
# left open are flushed at exit even though the error is never caught.
import sys

sys.setrecursionlimit(200)
log = open('log.txt', 'w')


def dive(n):
    with open(f'level{n % 3}.txt', 'a') as f:
        f.write(f'{n}\n')
        log.write(f'entered {n}\n')
        dive(n + 1)


try:
    dive(0)
except RecursionError as e:
    print('caught', type(e).__name__)
with open('level0.txt') as f:
    lines = f.read().split()
print('level0 lines visible after unwinding:', len(lines) > 10, lines[:3])
log.write('after the first RecursionError\n')
unclosed = open('unclosed.txt', 'w')
unclosed.write('written before the uncaught RecursionError\n')
dive(0)
