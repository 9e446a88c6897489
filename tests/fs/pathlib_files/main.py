from pathlib import Path

work = Path('work')
work.mkdir()
f = work / 'notes.txt'
print(repr(f), f.exists(), f.is_file(), f.is_dir())
print('write_text', f.write_text('héllo\nworld\n', encoding='utf-8'))
print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), f.stat().st_size, f.lstat().st_size)
print(repr(f.read_text(encoding='utf-8')), f.read_bytes())
print('write_text default', f.write_text('plain ascii'), repr(f.read_text()))
print('write_text crlf', f.write_text('a\nb\n', newline='\r\n'), f.read_bytes())
print('read newline', repr(f.read_text()), f.stat().st_size)
print('write_bytes', f.write_bytes(b'\x00\x01bin'), f.read_bytes(), f.stat().st_size)
with f.open('a', encoding='utf-8') as fh:
    print('append', fh.write('+more'))
with f.open('rb') as fh:
    print('open rb', fh.read())
with f.open() as fh:
    print('open default', type(fh).__name__, fh.readline() == '\x00\x01bin+more')
for bad in [lambda: f.write_text(b'x'), lambda: f.write_bytes('x'), lambda: f.write_text(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

t = work / 'touched'
print('touch', t.touch(), t.exists(), t.stat().st_size)
print('touch again', t.touch(), t.touch(exist_ok=True))
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e)
(work / 'fresh').touch(exist_ok=False)
print('fresh', (work / 'fresh').is_file())

r = t.rename(work / 'renamed')
print('rename ->', repr(r), t.exists(), r.exists())
r2 = r.rename('work/renamed2')
print('rename str ->', repr(r2), type(r2).__name__)
(work / 'target').write_text('old target')
r3 = r2.replace(work / 'target')
print('replace ->', repr(r3), repr(r3.read_text()), r2.exists())
try:
    Path('work/missing').rename('work/x')
except FileNotFoundError as e:
    print(type(e).__name__, e)

for p in [f, work / 'target', work / 'fresh']:
    p.unlink()
    print('unlink', p, p.exists())
try:
    f.unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e)
print('missing_ok', f.unlink(missing_ok=True))
try:
    f.read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    work.read_bytes()
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    work.unlink()
except OSError as e:
    print('unlink dir fails', isinstance(e, OSError))
try:
    Path('nope').stat()
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(Path('nope').exists(), Path('nope').is_file(), Path('nope/x').is_dir(), Path('nope').is_symlink())
print(Path('work/notes.txt/inner').exists(), Path('').exists(), Path('.').is_dir())
print(Path('nul\0').exists(), Path('nul\0').is_file())
print(sorted(p.name for p in work.iterdir()))
work.rmdir()
print(work.exists())
g = Path('g.bin')
g.write_bytes(b'abc')
print(g.samefile('g.bin'), g.samefile(Path('./g.bin')), g.is_socket(), g.is_fifo(), g.is_block_device(), g.is_char_device())
print(g.is_mount(), Path('.').is_junction(), g.is_junction())
g.unlink()
