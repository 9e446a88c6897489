import os

print(sorted(os.listdir('d')))
print(sorted(os.listdir('d/')))
print(sorted(os.listdir(b'd')))
print(sorted(os.listdir('d/sub')))
print(type(os.listdir('d')).__name__)
print(sorted(os.listdir('.')))
print(sorted(os.listdir()) == sorted(os.listdir('.')))
print(sorted(os.listdir(None)) == sorted(os.listdir('.')))
print(sorted(os.listdir(path='d')))
print('.' in os.listdir('d'), '..' in os.listdir('d'))

# an empty directory (git cannot keep one: make it)
os.makedirs('empty', exist_ok=True)
print(os.listdir('empty'))
os.mkdir('empty/one')
print(os.listdir('empty'))
with open('empty/f', 'w'):
    pass
print(sorted(os.listdir('empty')))

# unicode names
os.mkdir('uni')
for name in ['é.txt', 'naïve', '日本']:
    with open(os.path.join('uni', name), 'w'):
        pass
print(sorted(os.listdir('uni')))
print(sorted(os.listdir(b'uni')))

# errors
for bad in ['missing', 'd/a.txt', b'missing', 'd/missing/x', 'd/a.txt/']:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.filename), '|', e)
for bad in [3.0, ['d'], object]:
    try:
        os.listdir(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.listdir('d', 'e')
except TypeError as e:
    print(type(e).__name__, e)

# entries appear and disappear
os.remove('d/b.txt')
print(sorted(os.listdir('d')))
os.rename('d/a.txt', 'd/z.txt')
print(sorted(os.listdir('d')))
os.rmdir('empty/one')
print(sorted(os.listdir('empty')))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(sorted(os.listdir(P('d'))))
print(sorted(os.listdir(P(b'd/sub'))))
