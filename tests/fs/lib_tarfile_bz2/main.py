# tarfile with bz2: w:bz2/r:bz2, the stream modes w|bz2, r|bz2 and r|* (detected), and a
# corrupt stream; zipfile with ZIP_BZIP2
import io
import tarfile
import zipfile

def add(tf, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1_600_000_000
    tf.addfile(info, io.BytesIO(data))

with tarfile.open('a.tar.bz2', 'w:bz2') as tf:
    add(tf, 'one.txt', b'first file\n' * 50)
    add(tf, 'dir/two.bin', bytes(range(256)) * 8)
with tarfile.open('a.tar.bz2', 'r:bz2') as tf:
    for m in tf.getmembers():
        print(m.name, m.size, tf.extractfile(m).read()[:12])
with tarfile.open('b.tar.bz2', 'w|bz2') as tf:
    add(tf, 'streamed.txt', b'streamed data ' * 100)
for mode in ('r|bz2', 'r|*', 'r:*', 'r'):
    with tarfile.open('b.tar.bz2', mode) as tf:
        for m in tf:
            print(mode, m.name, m.size, len(tf.extractfile(m).read()))
print(open('a.tar.bz2', 'rb').read(3), open('b.tar.bz2', 'rb').read(3))
with open('bad.tar.bz2', 'wb') as f:
    f.write(b'BZh91AY&SY' + b'\x00' * 200)
for mode in ('r|bz2', 'r:bz2'):
    try:
        tarfile.open('bad.tar.bz2', mode)
    except (tarfile.ReadError, tarfile.CompressionError, OSError, EOFError) as e:
        print(mode, type(e).__name__, e)
with zipfile.ZipFile('z.zip', 'w', zipfile.ZIP_BZIP2) as z:
    z.writestr('in.txt', 'zipped with bzip2 ' * 40)
with zipfile.ZipFile('z.zip') as z:
    info = z.getinfo('in.txt')
    print(info.compress_type, info.file_size, z.read('in.txt')[:18], z.testzip())
