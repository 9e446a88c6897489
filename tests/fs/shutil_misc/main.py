import os
import shutil


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


size = shutil.get_terminal_size()
print(size)
print(size.columns, size.lines, size[0], size[1], len(size), list(size))
print(size == (100, 40), tuple(size))
columns, lines = shutil.get_terminal_size((1, 2))
print(columns, lines)
os.environ['COLUMNS'] = 'wide'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = '0'
print(shutil.get_terminal_size((33, 44)))
del os.environ['LINES']
os.environ['COLUMNS'] = '120'
print(shutil.get_terminal_size((10, 5)))
os.environ['LINES'] = '-3'
print(shutil.get_terminal_size())
os.environ['LINES'] = ' 7 '
print(shutil.get_terminal_size())

os.mkdir('bin')
with open('bin/tool', 'w') as f:
    f.write('#!/bin/sh\n')
os.mkdir('bin/subdir')
show('which F_OK', shutil.which, 'tool', mode=0, path='bin')
show('which default mode', shutil.which, 'tool', path='bin')
show('which missing', shutil.which, 'nothing-here', mode=0, path='bin')
show('which empty path', shutil.which, 'tool', mode=0, path='')
show('which with dir part', shutil.which, 'bin/tool', mode=0)
show('which with dir part missing', shutil.which, 'bin/none', mode=0)
show('which a dir', shutil.which, 'subdir', mode=0, path='bin')
show('which search', shutil.which, 'tool', mode=0, path='nope:bin:bin')
show('which bytes', shutil.which, b'tool', mode=0, path=b'bin')
show('which ./', shutil.which, './bin/tool', mode=0)
show('which via PATH', shutil.which, 'surely-not-a-command-xyz')

with open('f.txt', 'w') as f:
    f.write('x')
show('chown nothing', shutil.chown, 'f.txt')
show('chown user', shutil.chown, 'f.txt', user='no-such-user-pyrs')
show('chown group', shutil.chown, 'f.txt', group='no-such-group-pyrs')
print(callable(shutil.disk_usage), callable(shutil.make_archive))
print(sorted(n for n in shutil.__all__ if 'archive' not in n and 'unpack' not in n))
