from pathlib import Path


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except OSError as e:
        print(label, type(e).__name__, e)


base = Path('tree')
attempt('mkdir', base.mkdir)
attempt('mkdir again', base.mkdir)
attempt('mkdir exist_ok', lambda: base.mkdir(exist_ok=True))
attempt('missing parent', lambda: (base / 'x' / 'y').mkdir())
attempt('parents', lambda: (base / 'x' / 'y' / 'z').mkdir(parents=True))
attempt('parents exists', lambda: (base / 'x' / 'y').mkdir(parents=True))
attempt('parents exist_ok', lambda: (base / 'x' / 'y').mkdir(parents=True, exist_ok=True))
(base / 'file').write_text('data')
attempt('over file exist_ok', lambda: (base / 'file').mkdir(exist_ok=True))
attempt('under file', lambda: (base / 'file' / 'sub').mkdir(parents=True))
attempt('under file 2', lambda: (base / 'file' / 'sub').mkdir(parents=True, exist_ok=True))
attempt('mode', lambda: (base / 'm').mkdir(0o755))
print(base.is_dir(), (base / 'x/y/z').is_dir(), (base / 'x' / 'y' / 'z').exists())

for name in ['b', 'a', 'c.txt', '.hid']:
    (base / 'list' / name).parent.mkdir(exist_ok=True)
    (base / 'list' / name).write_text(name)
entries = sorted(base.joinpath('list').iterdir())
print([repr(p) for p in entries])
print([p.name for p in sorted(Path('tree/list').iterdir())])
print(sorted(str(p) for p in Path('tree').iterdir()))
here = sorted(Path('.').iterdir())
print([str(p) for p in here if p.name != 'main.py'])
print(sorted(str(p) for p in Path('').iterdir() if p.name == 'tree'))
it = Path('nodir').iterdir()
print(type(it).__name__)
try:
    next(it)
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    list(Path('tree/file').iterdir())
except NotADirectoryError as e:
    print(type(e).__name__, e)

attempt('rmdir non-empty', (base / 'list').rmdir)
attempt('rmdir file', (base / 'file').rmdir)
attempt('rmdir missing', (base / 'missing').rmdir)
attempt('rmdir ok', (base / 'x' / 'y' / 'z').rmdir)
print((base / 'x/y/z').exists(), (base / 'x/y').exists())
for p in sorted(Path('tree').iterdir()):
    print('entry', p.name, p.is_dir(), p.is_file())

# removing bottom-up with walk
for dirpath, dirnames, filenames in base.walk(top_down=False):
    for name in filenames:
        (dirpath / name).unlink()
    dirpath.rmdir()
print(base.exists(), sorted(p.name for p in Path('.').iterdir()))
print(repr(Path.cwd()), repr(Path('.').absolute()))
print(repr(Path('a/../b').absolute()), repr(Path('/x').absolute()), repr(Path('').absolute()))
