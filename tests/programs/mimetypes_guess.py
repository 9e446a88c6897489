import mimetypes
import pathlib

m = mimetypes.MimeTypes(filenames=())


def show(label, f, *args):
    try:
        print(label, repr(args), f(*args))
    except Exception as e:
        print(label, repr(args), type(e).__name__, e)


names = [
    'a.txt', 'A.TXT', 'a.Txt', 'a.html', 'x.htm', 'x.HTM', 'a.tar.gz', 'a.tgz', 'a.TGZ', 'a.tar.GZ',
    'a.txt.gz', 'a.txt.Z', 'a.txt.z', 'a.svgz', 'x.tar.bz2', 'x.tbz2', 'x.txz', 'x.tar.xz', 'x.br',
    'x.gz', '.gz', 'x', '', '.txt', 'dir.d/file', 'dir.txt/', 'a.b.c.py', 'x.pyc', 'x.jpg', 'x.JPG',
    'x.mid', 'x.rtf', 'x.webp', 'x.pict', 'x.xul', 'x.js', 'x.mjs', 'x.json', 'x.wasm', 'x.svg',
    'http://example.com/a.txt', 'http://example.com/a.txt?x=1', 'http://example.com/a.html#frag',
    'HTTP://EXAMPLE.COM/A.PDF', 'ftp://host/dir/file.tar.gz', 'file:///tmp/a.png', 'mailto:a@b.c',
    'C:\\dir\\a.txt', 'c:a.txt', 'a:b/c.gif', 'x.tar.gz.gz', 'x.tgz.gz', 'x.tz', 'x.taz', 'x.unknown',
    'x.unknown.gz', 'x.bat', 'x.C', 'x.H', 'x.Py', 'x.csv', 'x.mp4', 'x.zip', 'x.mp3',
    'data:,hello', 'data:text/html,<b>x</b>', 'data:text/plain;charset=utf-8,abc',
    'data:image/png;base64,AAAA', 'data:foo,x', 'data:a=b,x', 'data:', 'data:text/html', 'DATA:text/css,x',
    'data:;base64,xx', 'data:TEXT/HTML,x',
]
for n in names:
    show('type', m.guess_type, n)
    show('loose', m.guess_type, n, False)
show('path', m.guess_type, pathlib.PurePosixPath('/a/b.png'))
show('int', m.guess_type, 5)
show('bytes', m.guess_type, b'a.txt')
show('none', m.guess_type, None)

types = ['text/plain', 'TEXT/PLAIN', 'image/jpeg', 'image/jpg', 'audio/midi', 'application/octet-stream',
         'text/html', 'video/mpeg', 'application/rtf', 'image/webp', 'text/xul', 'image/pict',
         'no/such', '', 'application/x-tar', 'text/javascript', 'message/rfc822', 'application/xml']
for t in types:
    show('all', m.guess_all_extensions, t)
    show('all-loose', m.guess_all_extensions, t, False)
    show('ext', m.guess_extension, t)
    show('ext-loose', m.guess_extension, t, False)
show('ext-none', m.guess_extension, None)
show('all-int', m.guess_all_extensions, 3)

m.add_type('image/jpg', '.jfif')
m.add_type('text/x-new', '.new')
m.add_type('text/x-new', '.new')
m.add_type('text/x-new', '.NEW2')
m.add_type('text/x-loose', '.lse', False)
m.add_type('text/plain', '.jpg', False)
m.add_type('Text/Upper', '.up')
for n in ['x.jfif', 'x.new', 'x.NEW', 'x.new2', 'x.NEW2', 'x.lse', 'x.jpg', 'x.up']:
    show('type', m.guess_type, n)
    show('loose', m.guess_type, n, False)
for t in ['image/jpg', 'text/x-new', 'text/x-loose', 'text/plain', 'text/upper', 'Text/Upper']:
    show('all', m.guess_all_extensions, t)
    show('all-loose', m.guess_all_extensions, t, False)
show('add-noext', m.add_type, 'a/b', 'nodot')
show('type-nodot', m.guess_type, 'x.nodot')
show('type-nodot2', m.guess_type, 'xnodot')
print(m.types_map_inv[True]['text/x-new'], m.types_map_inv[False]['text/x-loose'])

m.encodings_map['.lz'] = 'lzip'
m.suffix_map['.tlz'] = '.tar.lz'
m.suffix_map['.LOOP'] = '.LOOP2'
show('enc', m.guess_type, 'a.tar.lz')
show('enc', m.guess_type, 'a.tlz')
show('enc', m.guess_type, 'a.LOOP')
show('enc', m.guess_type, 'a.loop')

m2 = mimetypes.MimeTypes(filenames=())
show('fresh', m2.guess_type, 'x.new')
show('fresh', m2.guess_type, 'a.tlz')
print(m2.suffix_map is mimetypes.suffix_map, m2.encodings_map == mimetypes.encodings_map)
print(m2.types_map[True] is mimetypes.types_map, len(m2.types_map[True]), len(m2.types_map[False]))
print(sorted(vars(m2)))
