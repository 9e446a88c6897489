from pathlib import Path, PurePath, PurePosixPath, PosixPath


class MyPath(Path):
    def shout(self):
        return str(self).upper()


class Tagged(PurePosixPath):
    def __init__(self, *args, tag='none'):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


class MyPure(PurePath):
    pass


p = MyPath('dir', 'file.txt')
print(repr(p), type(p).__name__, p.shout(), isinstance(p, Path), isinstance(p, PosixPath))
for derived in [p.parent, p / 'x', 'base' / p, p.with_name('a'), p.with_suffix('.md'),
                p.with_stem('s'), p.joinpath('q'), p.relative_to('dir'), p.parents[1],
                p.absolute().relative_to(Path.cwd()), MyPath.cwd(), p.with_segments('w')]:
    print('  ', type(derived).__name__, repr(derived))
print(type(MyPath.cwd()).__name__, MyPath.cwd() == MyPath('.').absolute())
Path('dir').mkdir()
p.write_text('hi')
print(p.read_text(), [type(x).__name__ for x in MyPath('dir').iterdir()])
print([type(x).__name__ for x in MyPath('.').glob('dir/*')], [repr(x) for x in MyPath('.').rglob('*.txt')])
print([type(dp).__name__ for dp, dn, fn in MyPath('dir').walk()])
print(type(p.resolve()).__name__, repr(p.resolve()), type(p.rename('dir/moved.txt')).__name__)

t = Tagged('a/b/c', tag='T')
for derived in [t.parent, t / 'd', t.with_name('z'), t.parents[0], t.relative_to('a'),
                t.joinpath('e', 'f'), t.with_suffix('.x')]:
    print('  ', type(derived).__name__, repr(derived), derived.tag)
try:
    print(repr('x' / t))
except TypeError as e:
    print(type(e).__name__, e)

m = MyPure('x/y')
print(repr(m), repr(m.parent), type(m / 'z').__name__, m == PurePosixPath('x/y'), m == Path('x/y'))
print(sorted([MyPure('b'), MyPure('a')]), MyPure('a') < PurePosixPath('b'))


class Counting(PosixPath):
    made = 0

    def with_segments(self, *args):
        Counting.made += 1
        return Counting(*args)


c = Counting('one/two/three')
print([repr(x) for x in c.parents], c.parent.parent.name, Counting.made)
print(type(c / 'x').__name__, type(c.with_suffix('.y')).__name__)
print(MyPath('a') == Path('a'), hash(MyPath('a')) == hash(PurePosixPath('a')), {MyPath('a'): 1}[Path('a')])
