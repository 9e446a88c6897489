# glob with root_dir: results relative to it; str, bytes and PathLike roots.
import glob
import os


def touch(path):
    open(path, 'w').close()


os.makedirs('base/src/pkg')
os.makedirs('base/.cache')
os.mkdir('base/docs')
for name in ['README', 'setup.py', '.env', 'src/main.py', 'src/util.py', 'src/pkg/mod.py',
             'src/pkg/data.json', 'docs/index.md', '.cache/x.py']:
    touch('base/' + name)


class Pth:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value

    def __repr__(self):
        return f'Pth({self.value!r})'


def show(pattern, **kw):
    try:
        print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))
    except Exception as e:
        print(repr(pattern), kw, '!!', type(e).__name__, e)


print('--- str root_dir')
for pattern in ['*', '*.py', 'src/*.py', '*/*.py', '*/', 'src', 'src/', 'README', 'nope',
                'src/pkg/*', 'src/*/*', '.*', '', 'docs/index.md', 'docs/index.md/']:
    show(pattern, root_dir='base')
print('--- recursive with root_dir')
for pattern in ['**', '**/', '**/*.py', 'src/**', 'src/**/*.json', '**/pkg']:
    show(pattern, root_dir='base', recursive=True)
show('**', root_dir='base', recursive=True, include_hidden=True)
show('**/*.py', root_dir='base/src', recursive=True)
show('*', root_dir='base', include_hidden=True)

print('--- other root_dir forms')
show('*.py', root_dir='base/')
show('*.py', root_dir='./base')
show('*.py', root_dir='base/src/..')
show('*.py', root_dir=Pth('base'))
show(b'*.py', root_dir=b'base')
show(b'src/**', root_dir=Pth(b'base'), recursive=True)
show('b*', root_dir='')
show('main.py', root_dir='')
show('*', root_dir='base/nope')
show('**', root_dir='base/nope', recursive=True)
show('*', root_dir='base/README')
show('', root_dir='base')
show('', root_dir='base', recursive=True)

print('--- absolute pattern ignores root_dir')
here = os.getcwd()
show(os.path.join(here, 'base', '*.py'), root_dir='base/src')
show(os.path.join(here, 'base', 'src', '**', '*.py'), root_dir='docs', recursive=True)

print('--- errors')
show('*', root_dir=b'base')
show(b'*', root_dir='base')
show('*', root_dir=5)
show('src/*', root_dir=Pth(b'base'))

print('--- iglob with root_dir, and the current directory unchanged')
print(sorted(glob.iglob('src/pkg/*.py', root_dir='base')))
print(sorted(glob.iglob('**/*.md', root_dir='base', recursive=True)))
print(os.getcwd() == here, sorted(os.listdir('base')))
