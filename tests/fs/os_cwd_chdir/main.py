import os

ROOT = os.getcwd()   # the test folder (shown as / on both sides)
print(ROOT)
print(type(os.getcwd()).__name__, type(os.getcwdb()).__name__, os.getcwdb())

os.chdir('sub')
print('rel', os.getcwd())
print(sorted(os.listdir()))
print(sorted(os.listdir('.')))
with open('file.txt') as f:
    print(repr(f.read()))

os.chdir('deeper')
print('deeper', os.getcwd())
os.chdir('..')
print('up', os.getcwd())
os.chdir('../sub/./deeper/..')
print('messy', os.getcwd())
os.chdir(ROOT)
print('root', os.getcwd())
os.chdir(os.path.join(ROOT, 'sub', 'deeper'))
print('abs', os.getcwd())
os.chdir(b'..')
print('bytes', os.getcwd())
os.chdir(ROOT + '/sub/deeper/')
print('trailing slash', os.getcwd())
os.chdir(ROOT)

for bad in ['sub/file.txt', 'missing', 'sub/missing/deeper', '', 'sub/file.txt/x']:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, '|', e)
print('still', os.getcwd())

try:
    os.chdir(b'sub/file.txt')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.chdir(3.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.chdir()
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.chdir(None)
except TypeError as e:
    print(type(e).__name__, e)

# abspath follows the current directory
os.chdir('sub')
print(os.path.abspath('x'), os.path.abspath('../y'))
print(os.path.exists('file.txt'), os.path.exists('sub'))
os.mkdir('made')
os.chdir('made')
print(os.getcwd(), os.listdir())
os.chdir('..')
os.rmdir('made')
print(sorted(os.listdir()))
os.chdir('..')
print(os.getcwd())

# relative paths resolve from the new current directory
os.chdir('sub/deeper')
with open('new.txt', 'w') as f:
    f.write('x')
os.chdir(ROOT)
print(sorted(os.listdir('sub/deeper')))
print(os.path.isfile('sub/deeper/new.txt'))
