from pathlib import Path

for name in ['top/a.txt', 'top/b/c.txt', 'top/b/d/e.txt', 'top/f/g.txt', 'top/h/.x']:
    p = Path(name)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)
Path('top/empty').mkdir()
Path('top/b/link_to_f').symlink_to('../f')


def norm(triples):
    return sorted((str(d), sorted(dn), sorted(fn)) for d, dn, fn in triples)


for row in norm(Path('top').walk()):
    print('td', row)
for row in norm(Path('top').walk(top_down=False)):
    print('bu', row)
for row in norm(Path('top').walk(follow_symlinks=True)):
    print('fs', row)
for row in norm(Path('top/b/').walk()):
    print('sub', row)

order = [str(d) for d, dn, fn in Path('top').walk(top_down=False)]
print('bottom-up parents last', order[-1], order.index('top/b/d') < order.index('top/b'))
order = [str(d) for d, dn, fn in Path('top').walk()]
print('top-down first', order[0], order.index('top/b') < order.index('top/b/d'))

visited = []
for d, dn, fn in Path('top').walk():
    visited.append(str(d))
    dn[:] = [x for x in dn if x != 'b']
print('pruned', sorted(visited))

errors = []
print('missing', list(Path('nothere').walk()), list(Path('top/a.txt').walk()))
list(Path('nothere').walk(on_error=errors.append))
print('errors', [(type(e).__name__, e.filename) for e in errors])
w = Path('top').walk()
print(type(w).__name__, type(next(w)[0]).__name__)
print(sorted(str(p) for p in Path('top').rglob('*.txt')))
print(sorted(str(p) for p in Path('top').glob('**/*.txt')))
print(sorted(str(p) for p in Path('top').glob('**/')))
print(sorted(str(p) for p in Path('top').glob('**/link_to_f/*')))
print(sorted(str(p) for p in Path('top').glob('*/*/*.txt')))
print(sorted(str(p) for p in Path('top').rglob('.*')))
