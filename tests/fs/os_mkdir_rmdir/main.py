import os


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, 'ok', result)
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), '|', e)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt('mkdir', os.mkdir, 'a')
attempt('mkdir again', os.mkdir, 'a')
attempt('mkdir on file', os.mkdir, 'afile')
attempt('mkdir no parent', os.mkdir, 'x/y')
attempt('mkdir under file', os.mkdir, 'afile/y')
attempt('mkdir mode', os.mkdir, 'm', 0o755)
attempt('mkdir bytes', os.mkdir, b'b')
attempt('mkdir trailing', os.mkdir, 'c/')
attempt('mkdir empty', os.mkdir, '')
print(sorted(os.listdir('.')))

attempt('makedirs', os.makedirs, 'p/q/r')
attempt('makedirs again', os.makedirs, 'p/q/r')
attempt('makedirs exist_ok', os.makedirs, 'p/q/r', exist_ok=True)
attempt('makedirs over file', os.makedirs, 'afile', exist_ok=True)
attempt('makedirs under file', os.makedirs, 'afile/z', exist_ok=True)
attempt('makedirs trailing', os.makedirs, 'p/s/t/')
attempt('makedirs dots', os.makedirs, 'p/u/../v')
attempt('makedirs bytes', os.makedirs, b'bb/cc')
attempt('makedirs mode', os.makedirs, 'p/w', 0o700)
for top, dirs, files in sorted(os.walk('p')):
    print(top, sorted(dirs), sorted(files))
print(sorted(os.listdir('bb')))

attempt('rmdir non-empty', os.rmdir, 'p')
attempt('rmdir missing', os.rmdir, 'nope')
attempt('rmdir file', os.rmdir, 'afile')
attempt('rmdir ok', os.rmdir, 'a')
attempt('rmdir bytes', os.rmdir, b'b')
attempt('rmdir trailing', os.rmdir, 'c/')
print(sorted(os.listdir('.')))

attempt('removedirs', os.removedirs, 'p/q/r')
print(os.path.exists('p/q'), os.path.exists('p'))
attempt('removedirs chain', os.removedirs, 'bb/cc')
print(os.path.exists('bb'))
attempt('removedirs missing', os.removedirs, 'nope/x')
attempt('removedirs non-empty', os.removedirs, 'p')
print(sorted(os.listdir('p')))

attempt('remove', os.remove, 'afile')
attempt('remove missing', os.remove, 'afile')
attempt('unlink missing', os.unlink, 'afile')
attempt('remove dir', os.remove, 'p')
attempt('unlink dir', os.unlink, 'm')
with open('g', 'w'):
    pass
attempt('unlink', os.unlink, b'g')
attempt('remove under file', os.remove, 'main.py/x')
attempt('remove empty', os.remove, '')
attempt('remove type', os.remove, 5.0)
attempt('remove none', os.remove, None)
attempt('rmdir type', os.rmdir, [])
attempt('mkdir type', os.mkdir, 1.5)
attempt('mkdir kw', os.mkdir, path='kw')
attempt('mkdir dir_fd none', os.mkdir, 'kw2', dir_fd=None)
print(sorted(os.listdir('.')))
print(os.remove is os.unlink, os.remove.__name__, os.unlink.__name__)
