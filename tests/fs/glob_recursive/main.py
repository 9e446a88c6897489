# glob with recursive=True: '**' at the start, middle and end, hidden files and dirs.
import glob
import os


def touch(path):
    open(path, 'w').close()


os.makedirs('r/a/b/c')
os.makedirs('r/.hid/inner')
os.makedirs('r/a/.dot')
os.mkdir('r/e')
for name in ['top.py', 'top.txt', '.top.py', 'a/one.py', 'a/b/two.py', 'a/b/c/three.py',
             'a/b/c/notes.txt', 'a/.dot/four.py', '.hid/five.py', '.hid/inner/six.py',
             'a/b/.seven.py']:
    touch('r/' + name)
os.symlink('a/b', 'r/lnk')


def show(pattern, **kw):
    result = glob.glob(pattern, **kw)
    print(repr(pattern), kw, len(result), len(set(result)) == len(result))
    print('   ', sorted(result))


os.chdir('r')
print('--- recursive=True, from the current directory')
for pattern in ['**', '**/', '**/*.py', '**/*.txt', '**/b', '**/b/', '**/b/**',
                'a/**', 'a/**/', 'a/**/*.py', 'a/**/c/*', 'a/**/b/**/*.py', '**/**',
                '**/**/*.py', '*/**/*.py', 'a/b/**', 'e/**', 'e/**/', 'nope/**',
                'top.py/**', '**/lnk', 'lnk/**', '**/c/three.py', '**.py', 'a**/*.py']:
    show(pattern, recursive=True)

print('--- include_hidden=True')
for pattern in ['**', '**/*.py', 'a/**', '.hid/**', '**/.*', '**/inner']:
    show(pattern, recursive=True, include_hidden=True)

print('--- hidden patterns without include_hidden')
for pattern in ['.hid/**', '.hid/**/*.py', '**/.seven.py', '**/.*', 'a/.dot/**']:
    show(pattern, recursive=True)

print('--- recursive=False: ** is an ordinary *')
for pattern in ['**', '**/*.py', 'a/**', 'a/**/*.py']:
    show(pattern)

print('--- bytes')
show(b'**/*.py', recursive=True)
show(b'a/**/', recursive=True)

print('--- iglob')
it = glob.iglob('**/*.txt', recursive=True)
print(sorted(it))
it = glob.iglob('a/**', recursive=True)
first = sorted(it)
print(first[:2], len(first))
os.chdir('..')
show('r/**/three.py', recursive=True)
show('r/a/**', recursive=True)
