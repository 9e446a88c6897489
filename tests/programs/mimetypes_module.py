import io
import mimetypes

# Work from the built-in tables only, whatever the system's mime.types says.
mimetypes.knownfiles = []
builtin = mimetypes.types_map
print(mimetypes.__all__)
print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
print(mimetypes.encodings_map, mimetypes.suffix_map)
print(list(mimetypes.types_map.items())[:12])
print(list(mimetypes.common_types.items()))
print(sorted(set(mimetypes.types_map.values()))[:20])

mimetypes.types_map['.early'] = 'x/early'
print(mimetypes.guess_type('a.early'), mimetypes.inited, mimetypes.types_map is builtin)
print(len(mimetypes.types_map), mimetypes.types_map.get('.early'))
print(mimetypes.guess_type('report.PDF'), mimetypes.guess_type('arch.tar.bz2', strict=False))
print(mimetypes.guess_all_extensions('image/jpeg'), mimetypes.guess_extension('image/jpg', False))
print(mimetypes.guess_extension('image/jpg'), mimetypes.guess_all_extensions('audio/midi', strict=False))

mimetypes.types_map['.late'] = 'x/late'
print(mimetypes.guess_type('a.late'), mimetypes.guess_extension('x/late'))
print(mimetypes.add_type('x/added', '.added'), mimetypes.types_map.get('.added'))
print(mimetypes.guess_type('f.added'), mimetypes.guess_extension('x/added'))
mimetypes.add_type('x/loose', '.loose', False)
print(mimetypes.common_types.get('.loose'), mimetypes.guess_type('f.loose'), mimetypes.guess_type('f.loose', False))

mimetypes.init(files=[])
print('init([])', mimetypes.guess_type('f.added'), mimetypes.guess_type('a.late'))
mimetypes.init()
print('init()', mimetypes.guess_type('f.added'), mimetypes.guess_type('a.late'), mimetypes.guess_type('a.early'))
mimetypes.init(['/no/such/file', '/'])
print(mimetypes.guess_type('x.txt'), mimetypes.read_mime_types('/no/such/file'))

m = mimetypes.MimeTypes(filenames=())
text = '''# a comment line
text/x-a a1 a2 # trailing comment
\t
  text/x-b\tb1#c b2
text/x-c
 image/x-d d1 d1
text/x-e .dotted
#text/x-f f1
image/png png2 PNG3
text/x-a a3
text/x-a2 a1
'''
print(m.readfp(io.StringIO(text)))
for ext in ['a1', 'a2', 'a3', 'b1', 'b1#c', 'b2', 'd1', '.dotted', 'f1', 'png2', 'PNG3', 'png3', 'c']:
    print(ext, m.guess_type('x.' + ext), m.types_map[True].get('.' + ext))
for kind in ['text/x-a', 'text/x-a2', 'image/x-d', 'image/png', 'text/x-c', 'text/x-e']:
    print(kind, m.guess_all_extensions(kind), m.guess_extension(kind))
m.readfp(io.StringIO('text/x-g g1\ntext/plain g2\n'), False)
print(m.guess_type('x.g1'), m.guess_type('x.g1', False), m.guess_all_extensions('text/plain', False))
print(m.guess_all_extensions('text/plain'), m.read_windows_registry())
print(m.types_map_inv[False]['text/x-g'], sorted(vars(m)))
print(m.guess_type('x.a1', strict=True), mimetypes.MimeTypes().guess_type('x.a1'))

m.suffix_map['.aa'] = '.bb'
m.suffix_map['.bb'] = '.tar.gz'
m.encodings_map['.GZ'] = 'GZ'
m.encodings_map['.lz'] = 'lzip'
print(m.guess_type('x.aa'), m.guess_type('x.AA'), m.guess_type('x.tar.GZ'), m.guess_type('x.tar.lz'))
m.add_type('a/upper', '.Q')
m.add_type('a/lower', '.q')
m.add_type('a/only-upper', '.UP')
print(m.guess_type('x.Q'), m.guess_type('x.q'), m.guess_type('x.UP'), m.guess_type('x.up'))
m.add_type('text/none', '')
print(m.guess_type('noext'), m.guess_type('.hidden'), m.guess_type('x.'))
print(m.guess_type('x:a.txt\nb.html'), m.guess_type('x\n:a.txt'), m.guess_type('data:text/html\n,x'))
print(m.guess_type('/:x.txt'), m.guess_type('data:image/svg+xml;utf8,<svg/>'))
