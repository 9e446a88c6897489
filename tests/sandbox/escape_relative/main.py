# pyrs-only test (the sandbox has no CPython equivalent; the expected output is written from
# the specification): the folder is granted as /work (`wasmtime run --dir .::/work` with
# PWD=/work) and its parent holds outside.txt, which nothing here may read, change or delete.
# Every attempt to reach outside must fail with PermissionError naming what to grant.
import os


def attempt(label, action):
    try:
        result = action()
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno)
        print('   ', e)
    else:
        print(label, '-> ALLOWED', repr(result))


print(os.getcwd(), sorted(os.listdir('.')))
attempt('read ../outside.txt', lambda: open('../outside.txt').read())
attempt('write ../outside.txt', lambda: open('../outside.txt', 'w').write('x'))
attempt('append ../outside.txt', lambda: open('../outside.txt', 'a').write('x'))
attempt('create ../new.txt', lambda: open('../new.txt', 'x'))
attempt('stat ../outside.txt', lambda: os.stat('../outside.txt'))
attempt('listdir ..', lambda: os.listdir('..'))
attempt('remove ../outside.txt', lambda: os.remove('../outside.txt'))
attempt('mkdir ../made', lambda: os.mkdir('../made'))
open('mine.txt', 'w').write('mine\n')
attempt('rename out', lambda: os.rename('mine.txt', '../moved.txt'))
attempt('rename in', lambda: os.rename('../outside.txt', 'stolen.txt'))
attempt('chdir ..', lambda: os.chdir('..'))
attempt('deep ../..', lambda: open('sub/../../outside.txt').read())
attempt('via /work/..', lambda: open('/work/../outside.txt').read())
os.symlink('../outside.txt', 'link')
attempt('read through a symlink', lambda: open('link').read())
attempt('write through a symlink', lambda: open('link', 'w').write('x'))
print(os.getcwd(), sorted(os.listdir('.')), open('mine.txt').read().strip())
