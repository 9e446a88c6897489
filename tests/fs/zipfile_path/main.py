"""zipfile.Path over an archive with implied directories."""
import io
import zipfile

D = (2020, 1, 1, 0, 0, 0)
with zipfile.ZipFile('tree.zip', 'w') as zf:
    for name in ['a.txt', 'b/c.txt', 'b/d/e.txt', 'b/d/f.py', 'g/', 'x/y/z.tar.gz']:
        zf.writestr(zipfile.ZipInfo(name, D), name.upper())

root = zipfile.Path('tree.zip')
print(repr(root), root.name, root.is_dir(), root.exists())
print(type(root.root).__name__, root.root.namelist())
print(sorted(map(str, root.iterdir())))
for pattern in ['*.txt', '**/*.txt', 'b/*', '**/', 'b/d/?.py']:
    print(pattern, [p.at for p in root.glob(pattern)])
print([p.at for p in root.rglob('*.py')])
leaf = root / 'b' / 'd' / 'e.txt'
print(repr(leaf), str(leaf), leaf.name, leaf.suffix, leaf.stem, leaf.is_file(), leaf.is_dir())
print(leaf.read_text(encoding='utf-8'), leaf.read_bytes(), repr(leaf.parent), leaf.filename)
deep = root.joinpath('x', 'y', 'z.tar.gz')
print(deep.suffixes, deep.stem, deep.match('*.gz'), deep.relative_to(root / 'x'))
print(repr(root / 'b'), (root / 'b').is_dir(), list((root / 'b').iterdir()))
print((root / 'missing').exists(), leaf == root / 'b/d/e.txt', root.parent)
with (root / 'a.txt').open('rb') as f:
    print(f.read())
with (root / 'a.txt').open(encoding='utf-8') as f:
    print(f.read())
for bad in (lambda: (root / 'a.txt').iterdir(), lambda: (root / 'b').open(),
            lambda: (root / 'nope').open(), lambda: root.glob('')):
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
zf = zipfile.ZipFile(buf, 'w')
with zipfile.Path(zf, 'new/file.txt').open('w', encoding='utf-8') as f:
    f.write('written through Path')
print(type(zf).__name__, zf.namelist())
zf.close()
print(zipfile.Path(zipfile.ZipFile(buf), 'new/file.txt').read_text(encoding='utf-8'))
