import os


def read(p):
    with open(p) as f:
        return f.read()


def attempt(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), '|', e)
    except TypeError as e:
        print(label, type(e).__name__, e)


os.mkdir('empty')
os.mkdir('empty2')
attempt('file to new', os.rename, 'one.txt', 'uno.txt')
print(sorted(os.listdir('.')))
attempt('file onto file', os.rename, 'uno.txt', 'two.txt')
print(read('two.txt'), os.path.exists('uno.txt'))
attempt('missing', os.rename, 'uno.txt', 'x.txt')
attempt('dir onto file', os.rename, 'empty', 'two.txt')
attempt('file onto dir', os.rename, 'two.txt', 'empty')
attempt('dir onto non-empty dir', os.rename, 'empty', 'full')
attempt('dir onto empty dir', os.rename, 'empty', 'empty2')
print(sorted(os.listdir('.')))
attempt('into missing dir', os.rename, 'two.txt', 'nodir/two.txt')
attempt('dir into itself', os.rename, 'full', 'full/sub')
attempt('same name', os.rename, 'two.txt', 'two.txt')
attempt('bytes', os.rename, b'two.txt', b'deux.txt')
attempt('mixed', os.rename, 'deux.txt', b'two.txt')
attempt('mixed back', os.rename, b'two.txt', 'deux.txt')
attempt('type', os.rename, 'deux.txt', 3.0)
attempt('into dir', os.rename, 'deux.txt', 'full/deux.txt')
print(sorted(os.listdir('full')))

# replace behaves like rename (overwrites)
with open('a', 'w') as f:
    f.write('A')
with open('b', 'w') as f:
    f.write('B')
attempt('replace', os.replace, 'a', 'b')
print(read('b'), os.path.exists('a'))
attempt('replace missing', os.replace, 'a', 'b')
attempt('replace dir onto file', os.replace, 'full', 'b')
attempt('replace file onto dir', os.replace, 'b', 'full')
attempt('replace dir', os.replace, 'empty2', 'empty3')
print(sorted(os.listdir('.')))

# renames: creates new parents, prunes emptied old parents
os.makedirs('old/deep/er')
with open('old/deep/er/f.txt', 'w') as f:
    f.write('F')
attempt('renames', os.renames, 'old/deep/er/f.txt', 'new/place/f.txt')
print(os.path.exists('old'), read('new/place/f.txt'))
attempt('renames dir', os.renames, 'new/place', 'newer/spot')
print(os.path.exists('new'), sorted(os.listdir('newer/spot')))
attempt('renames missing', os.renames, 'nothere', 'a/b/c')
print(os.path.exists('a'))
attempt('renames keeps non-empty', os.renames, 'src/s', 'dst/s')
print(sorted(os.listdir('.')))
attempt('rename kw', os.rename, src='b', dst='c')
print(os.path.exists('c'))
attempt('rename missing arg', os.rename, 'c')
attempt('rename bad kw', os.rename, 'c', 'd', flags=1)
