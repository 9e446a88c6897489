import os

os.symlink('root', 'link_to_root')
errors = []


def onerror(e):
    errors.append((type(e).__name__, e.filename))


print('a name added to dirs is visited (and fails)')
for top, dirs, files in os.walk('root', onerror=onerror):
    if top == 'root':
        dirs.append('ghost')
        dirs.sort()
    print(' ', top, sorted(dirs), sorted(files))
print(' ', errors)

print('a directory removed before it is visited')
errors.clear()
for top, dirs, files in os.walk('root', onerror=onerror):
    if top == 'root':
        os.rename('root/c', 'moved_c')
        dirs.sort()
    print(' ', top, sorted(dirs), sorted(files))
print(' ', errors)
os.rename('moved_c', 'root/c')

print('a directory created inside the current one after listing')
rows = []
for top, dirs, files in os.walk('root'):
    if top == 'root/b':
        os.mkdir('root/b/late')
    rows.append((top, sorted(dirs), sorted(files)))
for row in sorted(rows):
    print(' ', row)
os.rmdir('root/b/late')

print('bottom-up: files removed while walking')
rows = []
for top, dirs, files in os.walk('root', topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        os.rmdir(os.path.join(top, name))
    rows.append((top, sorted(dirs), sorted(files)))
for row in sorted(rows):
    print(' ', row)
print(' ', os.listdir('root'))

print('top is a symlink to a directory')
os.makedirs('root/x/y')
print(' ', [t for t, d, f in os.walk('link_to_root')])
print(' ', [t for t, d, f in os.walk('link_to_root', followlinks=False)])
os.symlink('..', 'root/x/y/loop')
print(' ', sorted(t for t, d, f in os.walk('root')))
print(' ', sorted(sorted(d) for t, d, f in os.walk('root')))
print(' ', sorted(t for t, d, f in os.walk('root', followlinks=True))[:6])
