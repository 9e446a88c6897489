import os
import stat


def attempt(label, func, *args, **kw):
    try:
        print(label, 'ok', repr(func(*args, **kw)))
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), '|', e)
    except TypeError as e:
        print(label, type(e).__name__, e)


os.symlink('target.txt', 'ln_file')
os.symlink('dir', 'ln_dir', target_is_directory=True)
os.symlink('missing.txt', 'ln_broken')
os.symlink('ln_file', 'ln_chain')
os.symlink('../target.txt', 'dir/ln_up')
os.symlink(b'dir/inside.txt', b'ln_bytes')
print(sorted(os.listdir('.')))

for name in ['ln_file', 'ln_dir', 'ln_broken', 'ln_chain', 'dir/ln_up', 'ln_bytes', 'target.txt', 'dir']:
    print(name, os.path.islink(name), os.path.exists(name), os.path.lexists(name),
          os.path.isfile(name), os.path.isdir(name))

print(os.readlink('ln_file'), os.readlink('ln_dir'), os.readlink('ln_broken'))
print(os.readlink('ln_chain'), os.readlink('dir/ln_up'), os.readlink(b'ln_bytes'))
print(repr(os.readlink(b'ln_file')))

with open('ln_chain') as f:
    print(f.read())
with open('dir/ln_up') as f:
    print(f.read())
print(sorted(os.listdir('ln_dir')))

ls = os.lstat('ln_file')
st = os.stat('ln_file')
print(stat.S_ISLNK(ls.st_mode), stat.S_ISREG(ls.st_mode), ls.st_size)
print(stat.S_ISLNK(st.st_mode), stat.S_ISREG(st.st_mode), st.st_size)
print(stat.S_ISLNK(os.stat('ln_file', follow_symlinks=False).st_mode))
print(stat.S_ISLNK(os.lstat('ln_broken').st_mode), os.lstat('ln_broken').st_size)
print(stat.S_ISDIR(os.stat('ln_dir').st_mode), stat.S_ISLNK(os.lstat('ln_dir').st_mode))
print(stat.S_ISDIR(os.lstat('ln_dir/').st_mode))
attempt('stat broken', os.stat, 'ln_broken')
attempt('open broken', open, 'ln_broken')
attempt('readlink file', os.readlink, 'target.txt')
attempt('readlink missing', os.readlink, 'nothing')
attempt('readlink dir', os.readlink, 'dir')
attempt('symlink exists', os.symlink, 'target.txt', 'ln_file')
attempt('symlink over file', os.symlink, 'x', 'target.txt')
attempt('symlink no parent', os.symlink, 'x', 'nodir/ln')
attempt('symlink type', os.symlink, 'x', 5.5)

# writing through a broken link creates the target
with open('ln_broken', 'w') as f:
    f.write('created')
print(os.path.exists('missing.txt'), os.path.exists('ln_broken'))
with open('missing.txt') as f:
    print(f.read())

# removing and renaming links acts on the link
os.remove('ln_file')
print(os.path.exists('target.txt'), os.path.lexists('ln_file'), os.path.lexists('ln_chain'),
      os.path.exists('ln_chain'))
os.rename('ln_chain', 'ln_renamed')
print(os.readlink('ln_renamed'))
attempt('rmdir link to dir', os.rmdir, 'ln_dir')
os.unlink('ln_dir')
print(os.path.isdir('dir'), os.path.lexists('ln_dir'))

# scandir and walk see links
print(sorted((e.name, e.is_symlink()) for e in os.scandir('.')))
print(os.path.realpath('dir/ln_up'))
print(os.path.realpath('ln_bytes'), os.path.realpath(b'ln_bytes'))
