import os
import shutil


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


def listing(top='.'):
    out = []
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        if os.path.islink(path):
            out.append(name + '@' + os.readlink(path))
        elif os.path.isdir(path):
            out.append(name + '/' + ','.join(listing(path)))
        else:
            out.append(name)
    return out


os.mkdir('w')
os.chdir('w')
write('a.txt', 'A')
show('rename file', shutil.move, 'a.txt', 'b.txt')
print(listing(), read('b.txt'))
os.mkdir('d')
show('into dir', shutil.move, 'b.txt', 'd')
print(listing())
write('b.txt', 'B2')
show('into dir, exists', shutil.move, 'b.txt', 'd')
show('into dir trailing slash', shutil.move, 'b.txt', 'd/')
write('c.txt', 'C')
show('over file', shutil.move, 'c.txt', 'd/b.txt')
print(listing(), read('d/b.txt'))
show('dir rename', shutil.move, 'd', 'e')
print(listing())
os.makedirs('f/g')
write('f/g/h.txt', 'H')
show('dir into dir', shutil.move, 'f', 'e')
print(listing())
show('dir into dir, slash', shutil.move, 'e/f/g/', 'e')
print(listing())
show('into itself', shutil.move, 'e', 'e/f')
show('into itself deeper', shutil.move, 'e', 'e/f/new')
print(listing())
show('dir onto itself', shutil.move, 'e', 'e')
print(listing())
show('missing src', shutil.move, 'nope', 'x')
show('missing src into dir', shutil.move, 'nope', 'e')
show('missing dst dir', shutil.move, 'e/b.txt', 'nodir/b.txt')
write('plain.txt', 'P')
os.mkdir('k')
write('k/in.txt', 'I')
show('dir onto file', shutil.move, 'k', 'plain.txt')
print(listing())
os.symlink('plain.txt', 'lnk')
show('move link', shutil.move, 'lnk', 'lnk2')
show('move link into dir', shutil.move, 'lnk2', 'e')
print(listing())
used = []


def copier(src, dst):
    used.append((src, dst))
    return shutil.copy2(src, dst)


show('copy_function unused on rename', shutil.move, 'plain.txt', 'p2.txt', copy_function=copier)
print(used, listing())
