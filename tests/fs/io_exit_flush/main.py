import sys


def visible(name):
    with open(name, 'rb') as r:
        return r.read()


print('-- flush()')
f = open('a.txt', 'w')
f.write('flushed data\n')
print('before flush', visible('a.txt'))
f.flush()
print('after flush', visible('a.txt'))
f.write('more\n')
print('written, not flushed', visible('a.txt'))

print('-- close()')
f.close()
print('after close', visible('a.txt'))

print('-- del')
g = open('b.txt', 'w')
g.write('deleted object\n')
print('before del', visible('b.txt'))
del g
print('after del', visible('b.txt'))

print('-- rebinding the name')
h = open('c.txt', 'w')
h.write('first object\n')
h = open('c2.txt', 'w')
print('after rebinding', visible('c.txt'))
h.close()

print('-- temporary object')
open('d.txt', 'w').write('one-liner\n')
print('one-liner', visible('d.txt'))
print('read one-liner', repr(open('d.txt').read()))

print('-- local variable of a returning function')
def writer(name):
    w = open(name, 'wb')
    w.write(b'local\n')
    print('inside function', visible(name))
writer('e.txt')
print('after return', visible('e.txt'))

print('-- with block')
with open('f.txt', 'w') as w:
    w.write('with block\n')
    print('inside with', visible('f.txt'))
print('after with', visible('f.txt'), w.closed)

print('-- exception through with')
try:
    with open('g.txt', 'w') as w:
        w.write('before error\n')
        raise ValueError('boom')
except ValueError as e:
    print('caught', e, visible('g.txt'), w.closed)

print('-- RecursionError through with')
def forever(n):
    return forever(n + 1) + 1

try:
    with open('h.txt', 'w') as w:
        w.write('before recursion\n')
        forever(0)
except RecursionError as e:
    print('caught RecursionError', visible('h.txt'), w.closed)

def nested(depth):
    if depth == 0:
        return forever(0)
    with open('n%d.txt' % depth, 'w') as w:
        w.write('depth %d\n' % depth)
        return nested(depth - 1)

try:
    nested(3)
except RecursionError:
    print('nested', [visible('n%d.txt' % d) for d in (1, 2, 3)])
print('recursion still works', len(str(sum(range(1000)))))

print('-- generator holding a file')
def lines_of(name):
    with open(name) as r:
        for line in r:
            yield line
gen = lines_of('a.txt')
print(next(gen), end='')
gen.close()
print('generator closed')

print('-- unclosed at the end of the program')
z = open('z.txt', 'w')
z.write('never closed\n')
print('before exit', visible('z.txt'))
zb = open('zb.bin', 'wb')
zb.write(b'binary never closed')
print('before exit', visible('zb.bin'))
sys.stdout.write('last line without newline, flushed at exit')
