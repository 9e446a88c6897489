"""Read an archive CPython wrote (deflated and stored members, a directory, comments)."""
import os
import zipfile

print(zipfile.is_zipfile('sample.zip'), zipfile.is_zipfile('main.py'))
with zipfile.ZipFile('sample.zip') as zf:
    print(zf.comment, zf.namelist())
    for info in zf.infolist():
        print(info)
        print('  ', info.date_time, info.compress_type, hex(info.CRC), info.file_size,
              info.flag_bits, info.create_system, info.extract_version, info.comment)
    zf.printdir()
    print(zf.read('docs/readme.txt').decode().splitlines()[:2])
    data = zf.read('data/numbers.bin')
    print(len(data), data[250:260])
    with zf.open('café.txt') as f:
        print(f.read())
    print(zf.testzip())
    print(zf.extract('plain.txt', 'out'))
    zf.extractall('all')
for root, dirs, files in sorted(os.walk('all')):
    print(root, sorted(dirs), sorted(files))
with open('all/data/numbers.bin', 'rb') as f:
    print(f.read() == data)
try:
    zipfile.ZipFile('main.py')
except zipfile.BadZipFile as e:
    print('BadZipFile:', e)
