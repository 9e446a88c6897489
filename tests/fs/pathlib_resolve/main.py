import os
from pathlib import Path

Path('real/sub').mkdir(parents=True)
Path('real/sub/file.txt').write_text('content')
Path('link').symlink_to('real')
Path('real/filelink').symlink_to('sub/file.txt')
Path('real/uplink').symlink_to('..')
Path('dangling').symlink_to('nowhere/at/all')
Path('loop_a').symlink_to('loop_b')
Path('loop_b').symlink_to('loop_a')
Path('dirlink').symlink_to('real/sub', target_is_directory=True)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (OSError, RuntimeError) as e:
        print(label, type(e).__name__, e)


print(repr(Path('.').resolve()), repr(Path('').resolve()), repr(Path('/').resolve()))
for text in ['real', 'real/sub/../sub/file.txt', 'link', 'link/sub', 'link/sub/file.txt',
             'real/filelink', 'real/uplink', 'real/uplink/link/sub', 'dirlink/file.txt',
             'dangling', 'missing/x/..', 'real/../real/./sub', 'real/sub/../../link']:
    attempt('resolve ' + text, Path(text).resolve)
    attempt('  strict', lambda: Path(text).resolve(strict=True))
attempt('loop', Path('loop_a').resolve)
attempt('loop strict', lambda: Path('loop_a').resolve(strict=True))

for text in ['link', 'real/filelink', 'dangling', 'real/uplink']:
    print('readlink', text, repr(Path(text).readlink()), type(Path(text).readlink()).__name__)
attempt('readlink not link', Path('real').readlink)
attempt('readlink missing', Path('nolink').readlink)

for text in ['link', 'real', 'dangling', 'real/filelink', 'loop_a', 'missing', 'dirlink']:
    p = Path(text)
    print('%-14s exists=%s nofollow=%s is_symlink=%s is_dir=%s is_file=%s' % (
        text, p.exists(), p.exists(follow_symlinks=False), p.is_symlink(), p.is_dir(), p.is_file()))
print(Path('link/sub/file.txt').samefile('real/sub/file.txt'), Path('real/filelink').samefile(Path('real/sub/file.txt')))
print(Path('link').samefile('real'), Path('link').lstat().st_size == len('real'))
print(sorted(p.name for p in Path('link').iterdir()))
print(sorted(str(p) for p in Path('link').glob('*/*')))

print(repr(Path('a/b').absolute()), repr(Path('.').absolute()), repr(Path('/x/../y').absolute()))
print(repr(Path.cwd()), os.getcwd(), repr(Path.cwd() / 'real'))
os.chdir('real')
print(repr(Path.cwd()), repr(Path('sub').absolute()), repr(Path('sub/../uplink').resolve()))
print(repr(Path('..').resolve()), repr(Path('filelink').resolve()), Path('filelink').read_text())
os.chdir('..')
p = Path('~nonexistentuser12345/x')
attempt('expanduser unknown', p.expanduser)
print(repr(Path('no/tilde').expanduser()), repr(Path('/~/x').expanduser()), repr(Path('x/~').expanduser()))
