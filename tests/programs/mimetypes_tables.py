import mimetypes

m = mimetypes.MimeTypes(filenames=())
for strict in (True, False):
    print(strict, len(m.types_map[strict]))
    for ext, kind in m.types_map[strict].items():
        print(' ', ext, kind)
    for kind, exts in m.types_map_inv[strict].items():
        print(' ', kind, exts, m.guess_extension(kind, strict))
print(m.encodings_map)
print(m.suffix_map)
