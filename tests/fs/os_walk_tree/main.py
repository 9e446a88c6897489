import os

os.mkdir('tree/empty')
os.symlink('../b', 'tree/a/link_to_b')
os.symlink('a1', 'tree/a/link_file')


def show(gen):
    rows = []
    for top, dirs, files in gen:
        rows.append((top, sorted(dirs), sorted(files)))
    return rows


print('topdown')
for row in sorted(show(os.walk('tree'))):
    print(' ', row)

# order: parents before children (topdown) and children before parents (bottom-up)
order = [top for top, dirs, files in os.walk('tree')]
print(order.index('tree') < order.index('tree/a') < order.index('tree/a/aa'))
order = [top for top, dirs, files in os.walk('tree', topdown=False)]
print(order.index('tree/a/aa') < order.index('tree/a') < order.index('tree'))
print(order[-1])

print('bottom-up')
for row in sorted(show(os.walk('tree', topdown=False))):
    print(' ', row)

print('followlinks')
for row in sorted(show(os.walk('tree', followlinks=True))):
    print(' ', row)

print('pruning')
seen = []
for top, dirs, files in os.walk('tree'):
    dirs[:] = sorted(d for d in dirs if d != 'c')
    seen.append(top)
print(sorted(seen))

print('pruning all')
print([top for top, dirs, files in os.walk('tree') if not dirs.clear()])

print('trailing slash and bytes')
print(sorted(top for top, d, f in os.walk('tree/c/')))
print(sorted(top for top, d, f in os.walk(b'tree/c')))
for top, dirs, files in os.walk(b'tree/c/cc'):
    print(top, dirs, files)

print('onerror')
errors = []
print(list(os.walk('missing', onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors])
print(list(os.walk('missing')))
errors = []
print(list(os.walk('tree/top.txt', onerror=errors.append)))
print([(type(e).__name__, e.errno, e.filename) for e in errors])


def stop(err):
    raise err


try:
    list(os.walk('missing', onerror=stop))
except OSError as e:
    print(type(e).__name__, e)

print('generator')
gen = os.walk('tree/c')
print(type(gen).__name__)
print(next(gen)[0])
print(next(gen)[0])


class P:
    def __fspath__(self):
        return 'tree/b'


print(list(os.walk(P())))
print(list(os.walk('tree/empty')))
