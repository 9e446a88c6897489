from pathlib import Path


def show(label, it):
    try:
        print(label, sorted(str(p) for p in it))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['src/a.py', 'src/b.py', 'src/B.PY', 'src/.hidden.py', 'src/readme.txt',
             'src/pkg/__init__.py', 'src/pkg/mod.py', 'src/pkg/deep/x.py', 'src/pkg/deep/y.txt',
             'docs/index.md', 'docs/a.py', 'top.py', 'data[1].txt']:
    p = Path(name)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)
Path('src/empty').mkdir()
root = Path('.')
show('*.py', root.glob('*.py'))
show('*', (p for p in root.glob('*') if p.name != 'main.py'))
show('src/*.py', root.glob('src/*.py'))
show('src/*.PY', Path('src').glob('*.PY'))
show('ci *.PY', Path('src').glob('*.PY', case_sensitive=False))
show('cs *.PY', Path('src').glob('*.PY', case_sensitive=True))
show('*/', root.glob('*/'))
show('*/*/', root.glob('*/*/'))
show('src/**', root.glob('src/**'))
show('src/**/*.py', root.glob('src/**/*.py'))
show('**/deep/*', root.glob('**/deep/*'))
show('**/*.txt', root.glob('**/*.txt'))
show('src/**/', root.glob('src/**/'))
show('src/**/**/*.txt', root.glob('src/**/**/*.txt'))
show('**/pkg/**/*.py', root.glob('**/pkg/**/*.py'))
show('?ocs/*', root.glob('?ocs/*'))
show('[ds]*/[a-b]*', root.glob('[ds]*/[a-b]*'))
show('[!d]*/*.txt', root.glob('[!d]*/*.txt'))
show('data[[]1].txt', root.glob('data[[]1].txt'))
show('literal', root.glob('src/pkg/mod.py'))
show('missing', root.glob('nothere/*.py'))
show('dotdot', root.glob('src/pkg/../*.txt'))
show('dot', root.glob('./src/./a.py'))
show('from file', Path('top.py').glob('*'))
show('from missing', Path('missing').glob('*'))
show('rglob *.py', Path('src').rglob('*.py'))
show('rglob deep/', Path('src').rglob('deep/'))
show('rglob *.TXT ci', root.rglob('*.TXT', case_sensitive=False))
show('rglob empty', Path('src').rglob(''))
show('rglob pkg/*.py', root.rglob('pkg/*.py'))
show('glob empty', root.glob(''))
show('glob abs', root.glob('/src'))
show('rglob abs', root.rglob('/src'))
show('bad **', root.glob('src/a**'))
show('bad ** 2', root.glob('**x/*.py'))
g = root.glob('')
print(type(g).__name__)
print([type(p).__name__ for p in Path('src').glob('a.py')], [p.parts for p in Path('src').glob('pkg/*.py') if p.name == 'mod.py'])
show('nested rel', Path('src/pkg').glob('../*.py'))
