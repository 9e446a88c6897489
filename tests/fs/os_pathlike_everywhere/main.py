import os
import pathlib


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return f'P({self.p!r})'


def run(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


for make in (P, pathlib.Path, lambda s: P(s.encode())):
    print('---', make('x').__class__.__name__, type(os.fspath(make('x'))).__name__)
    run('stat', lambda: os.stat(make('f.txt')).st_size)
    run('lstat', lambda: os.lstat(make('f.txt')).st_size)
    run('mkdir', lambda: os.mkdir(make('d')))
    run('listdir', lambda: sorted(os.listdir(make('.'))))
    run('scandir', lambda: sorted(e.name for e in os.scandir(make('.'))))
    run('scandir path', lambda: sorted(e.path for e in os.scandir(make('d'))))
    run('makedirs', lambda: os.makedirs(make('d/e/f')))
    run('makedirs ok', lambda: os.makedirs(make('d/e/f'), exist_ok=True))
    run('walk', lambda: [t for t, d, f in os.walk(make('d'))])
    run('open', lambda: os.close(os.open(make('d/new'), os.O_CREAT | os.O_WRONLY)))
    run('builtin open', lambda: open(make('f.txt')).read())
    run('rename', lambda: os.rename(make('d/new'), make('d/renamed')))
    run('replace', lambda: os.replace(make('d/renamed'), make('d/replaced')))
    run('symlink', lambda: os.symlink(make('replaced'), make('d/link')))
    run('readlink', lambda: os.readlink(make('d/link')))
    run('link', lambda: os.link(make('d/replaced'), make('d/hard')))
    run('utime', lambda: os.utime(make('d/hard'), ns=(1, 2)))
    run('mtime', lambda: os.stat(make('d/replaced')).st_mtime_ns)
    run('truncate', lambda: os.truncate(make('d/hard'), 3))
    run('access', lambda: os.access(make('d/hard'), os.R_OK))
    run('chdir', lambda: os.chdir(make('d')))
    run('getcwd', os.getcwd)
    run('chdir back', lambda: os.chdir(make('..')))
    run('unlink', lambda: os.unlink(make('d/link')))
    run('remove', lambda: os.remove(make('d/hard')))
    run('remove2', lambda: os.remove(make('d/replaced')))
    run('renames', lambda: os.renames(make('d/e/f'), make('g/h')))
    run('removedirs', lambda: os.removedirs(make('g/h')))
    run('rmdir', lambda: os.rmdir(make('d')))
    run('exists', lambda: os.path.exists(make('d')))
    run('listdir after', lambda: sorted(os.listdir(make('.'))))
    run('missing', lambda: os.stat(make('missing')))
    run('rmdir missing', lambda: os.rmdir(make('missing')))
    run('rename missing', lambda: os.rename(make('missing'), make('other')))
