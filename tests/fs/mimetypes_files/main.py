import mimetypes

mimetypes.knownfiles = []
table = mimetypes.read_mime_types('my.types')
print(len(table), table['.a1'], table['.png2'], table['.\xe9t'], table['.txt'])
print(mimetypes.read_mime_types('missing.types'), mimetypes.read_mime_types('.'))
try:
    mimetypes.read_mime_types('bad.types')
except Exception as e:
    print(type(e).__name__, e)
m = mimetypes.MimeTypes(['my.types'], False)
print(m.guess_type('x.a1'), m.guess_type('x.a1', False), m.guess_all_extensions('image/png', False))
m.read('extra.types')
print(m.guess_type('x.ext2'), m.guess_all_extensions('application/x-extra'))
try:
    m.read('missing.types')
except Exception as e:
    print(type(e).__name__, e)
try:
    mimetypes.MimeTypes(['missing.types'])
except Exception as e:
    print(type(e).__name__, e)
mimetypes.init(['my.types'])
print(mimetypes.guess_type('x.a2'), mimetypes.inited, mimetypes.types_map['.a2'])
mimetypes.init(['extra.types', 'missing.types', '.'])
print(mimetypes.guess_type('x.a2'), mimetypes.guess_type('x.ext1'))
mimetypes.init()
print(mimetypes.guess_type('x.a2'), mimetypes.guess_type('x.ext1'))
mimetypes.knownfiles = ['extra.types', 'missing.types']
mimetypes.init()
print(mimetypes.guess_type('x.ext1'), mimetypes.guess_extension('application/x-extra'))
