import os
import shutil


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def write(path, text='x'):
    with open(path, 'w') as f:
        f.write(text)


def make_tree(top):
    os.makedirs(os.path.join(top, 'a', 'b', 'c'))
    os.mkdir(os.path.join(top, 'empty'))
    write(os.path.join(top, 'f1'))
    write(os.path.join(top, 'a', 'f2'))
    write(os.path.join(top, 'a', 'b', 'c', 'f3'))


seen = []


def onexc(func, path, exc):
    seen.append((func.__name__, path, type(exc).__name__, str(exc)))


def onerror(func, path, exc_info):
    seen.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1]),
                 exc_info[2] is not None))


def report(label):
    print(label, seen)
    seen.clear()


make_tree('t1')
show('rmtree', shutil.rmtree, 't1')
print(os.path.exists('t1'))
show('missing', shutil.rmtree, 'missing')
show('missing ignore', shutil.rmtree, 'missing', ignore_errors=True)
show('missing onexc', shutil.rmtree, 'missing', onexc=onexc)
report('  seen')
show('missing onerror', shutil.rmtree, 'missing', onerror=onerror)
report('  seen')
show('missing both', shutil.rmtree, 'missing', onerror=onerror, onexc=onexc)
report('  seen')
show('missing bytes', shutil.rmtree, b'missing', onexc=onexc)
report('  seen')
show('ignore wins', shutil.rmtree, 'missing', True, onerror, onexc=onexc)
report('  seen')

write('file.txt')
show('file', shutil.rmtree, 'file.txt')
show('file onexc', shutil.rmtree, 'file.txt', onexc=onexc)
report('  seen')
print(os.path.exists('file.txt'))

make_tree('t2')
os.symlink('t2', 'dirlink')
show('dir link', shutil.rmtree, 'dirlink')
show('dir link onexc', shutil.rmtree, 'dirlink', onexc=onexc)
report('  seen')
show('dir link ignore', shutil.rmtree, 'dirlink', ignore_errors=True)
print(os.path.islink('dirlink'), sorted(os.listdir('t2')))
os.symlink('file.txt', 'filelink')
show('file link', shutil.rmtree, 'filelink')
os.symlink('nowhere', 'dangling')
show('dangling link', shutil.rmtree, 'dangling', onexc=onexc)
report('  seen')

make_tree('t3')
os.symlink(os.path.join('..', 't2'), os.path.join('t3', 'inner'))
os.symlink('f1', os.path.join('t3', 'flink'))
show('links inside', shutil.rmtree, 't3')
print(os.path.exists('t3'), sorted(os.listdir('t2')), os.path.exists('file.txt'))

make_tree('t4')
show('bytes path', shutil.rmtree, b't4')
print(os.path.exists('t4'))

make_tree('t5')
show('trailing slash', shutil.rmtree, 't5/')
print(os.path.exists('t5'))


def raising(func, path, exc):
    raise ValueError('handler says no: ' + func.__name__)


show('handler raises', shutil.rmtree, 'missing', onexc=raising)
make_tree('t6')
show('onexc unused', shutil.rmtree, 't6', onexc=onexc)
report('  seen')
print(sorted(os.listdir('.')))
