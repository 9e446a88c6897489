import os
import shutil


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except shutil.Error as e:
        print(label, '->', type(e).__name__, sorted(e.args[0]))
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def tree(top):
    out = []
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        if os.path.islink(path):
            out.append(name + '@' + os.readlink(path))
        elif os.path.isdir(path):
            out.append(name + '/[' + ' '.join(tree(path)) + ']')
        else:
            with open(path) as f:
                out.append(name + '=' + f.read())
    return out


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


os.makedirs('src/sub/deep')
os.mkdir('src/tmpstuff')
write('src/a.txt', 'A')
write('src/b.pyc', 'B')
write('src/sub/c.txt', 'C')
write('src/sub/d.pyc', 'D')
write('src/sub/deep/e.txt', 'E')
write('src/tmpstuff/x', 'X')
os.symlink('a.txt', 'src/link')
os.symlink('sub', 'src/dirlink')
print(tree('src'))

show('plain', shutil.copytree, 'src', 'dst1')
print(tree('dst1'))
show('again', shutil.copytree, 'src', 'dst1')
write('dst1/a.txt', 'changed')
write('dst1/extra.txt', 'kept')
show('exist ok', shutil.copytree, 'src', 'dst1', dirs_exist_ok=True)
print(tree('dst1'))

show('ignore', shutil.copytree, 'src', 'dst2',
     ignore=shutil.ignore_patterns('*.pyc', 'tmp*'))
print(tree('dst2'))
show('symlinks', shutil.copytree, 'src', 'dst3', symlinks=True)
print(tree('dst3'))

calls = []


def ignore(path, names):
    calls.append((path, sorted(names)))
    return [n for n in names if n.endswith('.txt')]


show('ignore func', shutil.copytree, 'src', 'dst4', ignore=ignore)
print(sorted(calls))
print(tree('dst4'))

copied = []


def copier(src, dst):
    copied.append((type(src).__name__, src, dst))
    return shutil.copy(src, dst)


show('copy_function', shutil.copytree, 'src/sub', 'dst5', copy_function=copier)
print(sorted(copied))
print(tree('dst5'))

os.mkdir('src2')
write('src2/ok.txt', 'ok')
os.symlink('missing', 'src2/dangle')
show('dangling', shutil.copytree, 'src2', 'dst6')
print(tree('dst6'))
show('dangling ignored', shutil.copytree, 'src2', 'dst7', ignore_dangling_symlinks=True)
print(tree('dst7'))
show('dangling kept', shutil.copytree, 'src2', 'dst8', symlinks=True)
print(tree('dst8'))

show('missing src', shutil.copytree, 'nope', 'dst9')
print(os.path.exists('dst9'))
show('src is file', shutil.copytree, 'src/a.txt', 'dst10')
show('nested dst', shutil.copytree, 'src/sub', 'new/deeper/dst11')
print(tree('new'))
e = shutil.Error([('a', 'b', 'why')])
print(e.args, str(e))
print(sorted(shutil.ignore_patterns('*.py', 'a*')('x', ['a.txt', 'b.py', 'c.txt', 'abc.py'])))
