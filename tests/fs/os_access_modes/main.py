import os

os.symlink('file.txt', 'link')
os.symlink('nothing', 'broken')
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
for name in ['file.txt', 'dir', 'link', 'broken', 'missing', 'dir/.keep', 'file.txt/x', '']:
    print(repr(name), os.access(name, os.F_OK), os.access(name, os.R_OK),
          os.access(name, os.W_OK), os.access(name, os.R_OK | os.W_OK))
print(os.access(b'file.txt', os.F_OK), os.access(b'missing', os.F_OK))
print(os.access('broken', os.F_OK, follow_symlinks=False))
print(os.access('link', os.R_OK, follow_symlinks=False))
print(os.access(path='file.txt', mode=os.R_OK))
print(os.access('file.txt', os.F_OK, effective_ids=False))
with open('made.txt', 'w'):
    pass
print(os.access('made.txt', os.W_OK))
os.remove('made.txt')
print(os.access('made.txt', os.F_OK))


class P:
    def __fspath__(self):
        return 'file.txt'


print(os.access(P(), os.R_OK))
for args in [(1.5, os.F_OK), ('file.txt', 'r'), ('file.txt',), (None, os.F_OK)]:
    try:
        os.access(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.access('file.txt', os.F_OK, dir_fd=None)
    print('dir_fd None ok')
except (TypeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(type(os.access('file.txt', 0)).__name__)
