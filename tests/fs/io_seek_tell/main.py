import io
import os


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open('s.txt', 'w') as f:
    f.write('0123456789\nabcdef\n')

print('-- text')
with open('s.txt', 'r+') as f:
    show('seek(5)', lambda: f.seek(5))
    show('read(2)', lambda: f.read(2))
    show('tell', f.tell)
    show('seek(0,1)', lambda: f.seek(0, 1))
    show('seek(3,1)', lambda: f.seek(3, 1))
    show('seek(-1,1)', lambda: f.seek(-1, 1))
    show('seek(0,2)', lambda: f.seek(0, 2))
    show('seek(-2,2)', lambda: f.seek(-2, 2))
    show('seek(2,2)', lambda: f.seek(2, 2))
    show('seek(-1)', lambda: f.seek(-1))
    show('seek(0,3)', lambda: f.seek(0, 3))
    show('seek(0,-1)', lambda: f.seek(0, -1))
    show('seek(1.5)', lambda: f.seek(1.5))
    show('seek("a")', lambda: f.seek('a'))
    show('seek(None)', lambda: f.seek(None))
    show('seek()', lambda: f.seek())
    show('seek(100)', lambda: f.seek(100))
    show('read past end', f.read)
    show('tell past end', f.tell)
    show('write past end', lambda: f.write('Z'))
    show('seek(0)', lambda: f.seek(0))
    show('read all', f.read)
    show('truncate(4)', lambda: f.truncate(4))
    show('tell after truncate', f.tell)
    show('seek(0) read', lambda: (f.seek(0), f.read()))
    show('truncate(-1)', lambda: f.truncate(-1))
    show('truncate("x")', lambda: f.truncate('x'))
    show('truncate(10)', lambda: f.truncate(10))
    show('seek(0) read', lambda: (f.seek(0), f.read()))
    f.seek(2)
    show('truncate()', lambda: f.truncate())
    show('tell after truncate()', f.tell)

print('-- binary')
with open('s.bin', 'wb') as f:
    f.write(b'abcdef')
with open('s.bin', 'r+b') as f:
    show('seek(2,0)', lambda: f.seek(2, 0))
    show('seek(2,1)', lambda: f.seek(2, 1))
    show('seek(-1,1)', lambda: f.seek(-1, 1))
    show('seek(-2,2)', lambda: f.seek(-2, 2))
    show('read', f.read)
    show('seek(-100,1)', lambda: f.seek(-100, 1))
    show('seek(-1)', lambda: f.seek(-1))
    show('seek(-100,2)', lambda: f.seek(-100, 2))
    # whence 3 and 4 are Linux's SEEK_DATA/SEEK_HOLE: not portable
    show('seek(0,5)', lambda: f.seek(0, 5))
    show('seek(0,-1)', lambda: f.seek(0, -1))
    show('seek(1.0)', lambda: f.seek(1.0))
    show('seek(3,2)', lambda: f.seek(3, 2))
    show('write', lambda: f.write(b'XY'))
    show('tell', f.tell)
    show('truncate(4)', lambda: f.truncate(4))
    show('tell', f.tell)
    show('truncate(-1)', lambda: f.truncate(-1))
with open('s.bin', 'rb') as f:
    print(f.read())
print(os.path.getsize('s.bin'))

print('-- raw')
with open('s.bin', 'r+b', buffering=0) as f:
    show('seek(20)', lambda: f.seek(20))
    show('write', lambda: f.write(b'!'))
    show('seek(-1)', lambda: f.seek(-1))
    show('seek(0,5)', lambda: f.seek(0, 5))
    show('seek(-1,2)', lambda: f.seek(-1, 2))
    show('read', f.read)
    show('truncate(2)', lambda: f.truncate(2))
    show('tell', f.tell)
with open('s.bin', 'rb') as f:
    print(f.read())

print('-- append')
with open('s.bin', 'ab') as f:
    show('tell at open', f.tell)
    f.seek(0)
    show('write after seek 0', lambda: f.write(b'++'))
    show('tell', f.tell)
with open('s.bin', 'a+') as f:
    show('a+ tell', f.tell)
    show('a+ read', f.read)
    f.seek(0)
    show('a+ read after seek', f.read)
    f.seek(0)
    f.write('@')
    show('a+ tell after write', f.tell)
with open('s.bin', 'rb') as f:
    print(f.read())

print('-- BytesIO / StringIO')
b = io.BytesIO(b'hello')
show('seek(-1)', lambda: b.seek(-1))
show('seek(-1,2)', lambda: b.seek(-1, 2))
show('seek(-9,1)', lambda: b.seek(-9, 1))
show('seek(0,5)', lambda: b.seek(0, 5))
s = io.StringIO('hello')
show('s.seek(1,1)', lambda: s.seek(1, 1))
show('s.seek(0,2)', lambda: s.seek(0, 2))
show('s.seek(-1)', lambda: s.seek(-1))
show('s.seek(0,3)', lambda: s.seek(0, 3))
