from pathlib import PureWindowsPath as W, PurePosixPath, WindowsPath


def show(text):
    p = W(text)
    print(repr(text), '->', repr(p), str(p), p.parts)
    print('  drive=%r root=%r anchor=%r name=%r abs=%s reserved=%s' % (
        p.drive, p.root, p.anchor, p.name, p.is_absolute(), p.is_reserved()))


for text in ['', 'a', 'a/b\\c', 'c:', 'C:\\', 'c:/a/b.txt', 'c:rel/x', '\\rooted\\x',
             '//server/share', '//server/share/dir/f', '\\\\?\\c:\\x', '//?/UNC/srv/sh/f',
             '//./device', '//server', './c:x', 'CON', 'c:/dir/nul.txt', 'aux:x', 'x/com1 ',
             'LPT9', 'com0', 'conin$']:
    show(text)
print(repr(W('c:/a', 'd:b')), repr(W('c:/a', '/b')), repr(W('c:/a', 'C:b')), repr(W('c:/a', 'c:b')))
print(repr(W('//srv/sh', 'x')), repr(W('a') / 'C:/b'), repr(W('c:') / 'x'))
print(W('C:/A/b') == W('c:\\a\\B'), hash(W('C:/A')) == hash(W('c:/a')), W('a') == PurePosixPath('a'))
print(sorted([W('b'), W('A'), W('a/c'), W('c:/z'), W('C:/Y')]))
print(W('c:/a/b').relative_to('C:/A'), W('c:/a/b').is_relative_to('c:/'))
try:
    W('c:/a/b').relative_to('d:/a')
except ValueError as e:
    print(type(e).__name__, e)
print(W('c:/a b/c').as_uri(), W('//host/share/x y').as_uri(), W('c:/a').as_posix())
try:
    W('c:rel').as_uri()
except ValueError as e:
    print(type(e).__name__, e)
print(W('c:/Dir/File.TXT').match('*.txt'), W('c:/Dir/File.TXT').match('dir/*'), W('c:/x/y').match('C:/*/Y'))
print(W('c:/Dir/File.TXT').match('*.txt', case_sensitive=True), W('a/b').match('/b'))
print(W('c:/x/y.tar.gz').with_suffix('.zip'), W('c:/x/y').with_name('z'), W('c:/x').suffixes)
for bad in [lambda: W('c:/x').with_name('a/b'), lambda: W('c:/x').with_name('a\\b'),
            lambda: W('c:/').with_name('n'), lambda: W('x').with_suffix('.a\\b')]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(PurePosixPath(W('a\\b\\c'))), repr(W(PurePosixPath('a/b'))), list(W('c:/a/b').parents))
try:
    WindowsPath('c:/x')
except NotImplementedError as e:
    print(type(e).__name__, e)
