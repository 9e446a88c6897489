"""Map file names and URLs to MIME types and back (CPython's mimetypes, written for pyrs).

The built-in tables below are CPython 3.12's defaults. `init()` also reads
the system files listed in `knownfiles` that exist; pyrs sees none, so it
works from the built-in tables alone.
"""

import os
import posixpath
import re

__all__ = [
    'knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
    'guess_extension', 'add_type', 'init', 'read_mime_types',
    'suffix_map', 'encodings_map', 'types_map', 'common_types',
]

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False
_shared = None

# Built-in tables, one row per type in mime.types syntax ("type ext ext ...").
# The row order fixes the order of types_map and of guess_all_extensions().
_STANDARD = (
    'text/javascript js mjs',
    'application/json json',
    'application/manifest+json webmanifest',
    'application/msword doc dot wiz',
    'application/n-quads nq',
    'application/n-triples nt',
    'application/octet-stream bin a dll exe o obj so',
    'application/oda oda',
    'application/pdf pdf',
    'application/pkcs7-mime p7c',
    'application/postscript ps ai eps',
    'application/trig trig',
    'application/vnd.apple.mpegurl m3u m3u8',
    'application/vnd.ms-excel xls xlb',
    'application/vnd.ms-powerpoint ppt pot ppa pps pwz',
    'application/wasm wasm',
    'application/x-bcpio bcpio',
    'application/x-cpio cpio',
    'application/x-csh csh',
    'application/x-dvi dvi',
    'application/x-gtar gtar',
    'application/x-hdf hdf',
    'application/x-hdf5 h5',
    'application/x-latex latex',
    'application/x-mif mif',
    'application/x-netcdf cdf nc',
    'application/x-pkcs12 p12 pfx',
    'application/x-pn-realaudio ram',
    'application/x-python-code pyc pyo',
    'application/x-sh sh',
    'application/x-shar shar',
    'application/x-shockwave-flash swf',
    'application/x-sv4cpio sv4cpio',
    'application/x-sv4crc sv4crc',
    'application/x-tar tar',
    'application/x-tcl tcl',
    'application/x-tex tex',
    'application/x-texinfo texi texinfo',
    'application/x-troff roff t tr',
    'application/x-troff-man man',
    'application/x-troff-me me',
    'application/x-troff-ms ms',
    'application/x-ustar ustar',
    'application/x-wais-source src',
    'application/xml xsl rdf wsdl xpdl',
    'application/zip zip',
    'audio/3gpp 3gp 3gpp',
    'audio/3gpp2 3g2 3gpp2',
    'audio/aac aac adts loas ass',
    'audio/basic au snd',
    'audio/mpeg mp3 mp2',
    'audio/opus opus',
    'audio/x-aiff aif aifc aiff',
    'audio/x-pn-realaudio ra',
    'audio/x-wav wav',
    'image/avif avif',
    'image/bmp bmp',
    'image/gif gif',
    'image/ief ief',
    'image/jpeg jpg jpe jpeg',
    'image/heic heic',
    'image/heif heif',
    'image/png png',
    'image/svg+xml svg',
    'image/tiff tiff tif',
    'image/vnd.microsoft.icon ico',
    'image/x-cmu-raster ras',
    'image/x-portable-anymap pnm',
    'image/x-portable-bitmap pbm',
    'image/x-portable-graymap pgm',
    'image/x-portable-pixmap ppm',
    'image/x-rgb rgb',
    'image/x-xbitmap xbm',
    'image/x-xpixmap xpm',
    'image/x-xwindowdump xwd',
    'message/rfc822 eml mht mhtml nws',
    'text/css css',
    'text/csv csv',
    'text/html html htm',
    'text/n3 n3',
    'text/plain txt bat c h ksh pl srt',
    'text/richtext rtx',
    'text/tab-separated-values tsv',
    'text/vtt vtt',
    'text/x-python py',
    'text/x-setext etx',
    'text/x-sgml sgm sgml',
    'text/x-vcard vcf',
    'text/xml xml',
    'video/mp4 mp4',
    'video/mpeg mpeg m1v mpa mpe mpg',
    'video/quicktime mov qt',
    'video/webm webm',
    'video/x-msvideo avi',
    'video/x-sgi-movie movie',
)
_NONSTANDARD = (
    'application/rtf rtf',
    'audio/midi midi mid',
    'image/jpg jpg',
    'image/pict pict pct pic',
    'image/webp webp',
    'text/xul xul',
)


def _rows(line):
    """Split a mime.types line into (type, [extension, ...]), or None when it is empty."""
    words = []
    for word in line.split():
        if word.startswith('#'):
            break
        words.append(word)
    if not words:
        return None
    return words[0], ['.' + suffix for suffix in words[1:]]


def _from_rows(rows):
    table = {}
    for row in rows:
        kind, extensions = _rows(row)
        for ext in extensions:
            table[ext] = kind
    return table


types_map = _from_rows(_STANDARD)
common_types = _from_rows(_NONSTANDARD)
encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
suffix_map = {
    '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
}
# What every new MimeTypes starts from (the module-level names are rebound by init()).
_BUILTIN = (types_map, common_types, encodings_map, suffix_map)
del _STANDARD, _NONSTANDARD

_SCHEME = re.compile(r'([^/:]+):(.*)', re.DOTALL)


def _data_url_type(rest):
    """The media type of a data: URL whose text after 'data:' is `rest`."""
    comma = rest.find(',')
    if comma < 0:
        return None, None
    semi = rest.find(';', 0, comma)
    kind = rest[:semi if semi >= 0 else comma]
    if '=' in kind or '/' not in kind:
        kind = 'text/plain'
    return kind, None


class MimeTypes:
    """A table of MIME types, built from the defaults and mime.types-style files."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        standard, loose, encodings, suffixes = _BUILTIN
        self.encodings_map = dict(encodings)
        self.suffix_map = dict(suffixes)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for table, is_strict in ((standard, True), (loose, False)):
            for ext, kind in table.items():
                self.add_type(kind, ext, is_strict)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` to MIME type `type` (replacing an earlier type for `ext`)
        and add `ext` to the extensions of `type`; with a false `strict`, in the
        non-standard tables."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Return (type, encoding) guessed from the suffixes of a path or URL.

        Either is None when unknown. Compression suffixes (encodings_map) are
        case sensitive, type suffixes and suffix_map keys are not. With a
        false `strict`, the non-standard types are searched too.
        """
        url = os.fspath(url)
        scheme = _SCHEME.match(url)
        if scheme:
            if scheme.group(1).lower() == 'data':
                return _data_url_type(scheme.group(2))
            url = scheme.group(2)
        stem, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None or ext in self.encodings_map:
            stem, ext = posixpath.splitext(stem)
        key = ext.lower()
        for table in (self.types_map[True], None if strict else self.types_map[False]):
            if table is not None and key in table:
                return table[key], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Return the list of extensions (with their dot) known for MIME type `type`;
        with a false `strict`, the non-standard ones are appended."""
        kind = type.lower()
        found = list(self.types_map_inv[True].get(kind, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(kind, ()) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """Return the first extension known for MIME type `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the entries of the mime.types-format file named `filename`."""
        with open(filename, encoding='utf-8') as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Add the entries of the mime.types-format text file object `fp`."""
        while True:
            line = fp.readline()
            if not line:
                break
            entry = _rows(line)
            if entry is not None:
                for ext in entry[1]:
                    self.add_type(entry[0], ext, strict)

    def read_windows_registry(self, strict=True):
        """Add the MIME types of the Windows registry (nothing elsewhere)."""
        return None


def _database():
    if _shared is None:
        init()
    return _shared


def guess_type(url, strict=True):
    """Return (type, encoding) guessed from the suffixes of a path or URL (see
    MimeTypes.guess_type)."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Return the list of extensions known for MIME type `type`."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Return the first extension known for MIME type `type`, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map extension `ext` to MIME type `type` in the module's tables."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module's tables from the defaults and the existing `knownfiles`,
    then read `files`; once built, a later call with `files` only adds those."""
    global inited, _shared, types_map, common_types, encodings_map, suffix_map
    inited = True
    if files is not None and _shared is not None:
        store = _shared
    else:
        store = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    for name in files:
        if os.path.isfile(name):
            store.read(name)
    encodings_map = store.encodings_map
    suffix_map = store.suffix_map
    types_map = store.types_map[True]
    common_types = store.types_map[False]
    _shared = store


def read_mime_types(file):
    """Return the standard types table extended by the mime.types file `file`,
    or None when it cannot be opened."""
    try:
        stream = open(file, encoding='utf-8')
    except OSError:
        return None
    with stream:
        store = MimeTypes()
        store.readfp(stream, True)
        return store.types_map[True]


_HELP = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def _main():
    import getopt
    import sys

    def usage(status, problem=''):
        print(_HELP)
        if problem:
            print(problem)
        sys.exit(status)

    try:
        flags, names = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as err:
        usage(1, err)
    strict = True
    want_extension = False
    for flag, _ in flags:
        if flag in ('-h', '--help'):
            usage(0)
        elif flag in ('-l', '--lenient'):
            strict = False
        elif flag in ('-e', '--extension'):
            want_extension = True
    for name in names:
        if want_extension:
            answer = guess_extension(name, strict)
            if answer:
                print(answer)
        else:
            answer, encoding = guess_type(name, strict)
            if answer:
                print('type:', answer, 'encoding:', encoding)
        if not answer:
            print("I don't know anything about type", name)


if __name__ == '__main__':
    _main()
