"""Map file names and URLs to MIME types, and MIME types to file extensions.

Module-level functions share one MimeTypes instance, built on first use by
init() from the built-in tables plus the system files listed in knownfiles.
"""

import os
import itertools
import posixpath
import re
import sys

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False

# Built-in tables, in mime.types layout: a type followed by its extensions.
# The order of lines and of extensions is the order of the resulting dicts.
_STANDARD = """
    text/javascript                    js mjs
    application/json                   json
    application/manifest+json          webmanifest
    application/msword                 doc dot wiz
    application/n-quads                nq
    application/n-triples              nt
    application/octet-stream           bin a dll exe o obj so
    application/oda                    oda
    application/pdf                    pdf
    application/pkcs7-mime             p7c
    application/postscript             ps ai eps
    application/trig                   trig
    application/vnd.apple.mpegurl      m3u m3u8
    application/vnd.ms-excel           xls xlb
    application/vnd.ms-powerpoint      ppt pot ppa pps pwz
    application/wasm                   wasm
    application/x-bcpio                bcpio
    application/x-cpio                 cpio
    application/x-csh                  csh
    application/x-dvi                  dvi
    application/x-gtar                 gtar
    application/x-hdf                  hdf
    application/x-hdf5                 h5
    application/x-latex                latex
    application/x-mif                  mif
    application/x-netcdf               cdf nc
    application/x-pkcs12               p12 pfx
    application/x-pn-realaudio         ram
    application/x-python-code          pyc pyo
    application/x-sh                   sh
    application/x-shar                 shar
    application/x-shockwave-flash      swf
    application/x-sv4cpio              sv4cpio
    application/x-sv4crc               sv4crc
    application/x-tar                  tar
    application/x-tcl                  tcl
    application/x-tex                  tex
    application/x-texinfo              texi texinfo
    application/x-troff                roff t tr
    application/x-troff-man            man
    application/x-troff-me             me
    application/x-troff-ms             ms
    application/x-ustar                ustar
    application/x-wais-source          src
    application/xml                    xsl rdf wsdl xpdl
    application/zip                    zip
    audio/3gpp                         3gp 3gpp
    audio/3gpp2                        3g2 3gpp2
    audio/aac                          aac adts loas ass
    audio/basic                        au snd
    audio/mpeg                         mp3 mp2
    audio/opus                         opus
    audio/x-aiff                       aif aifc aiff
    audio/x-pn-realaudio               ra
    audio/x-wav                        wav
    image/avif                         avif
    image/bmp                          bmp
    image/gif                          gif
    image/ief                          ief
    image/jpeg                         jpg jpe jpeg
    image/heic                         heic
    image/heif                         heif
    image/png                          png
    image/svg+xml                      svg
    image/tiff                         tiff tif
    image/vnd.microsoft.icon           ico
    image/x-cmu-raster                 ras
    image/x-portable-anymap            pnm
    image/x-portable-bitmap            pbm
    image/x-portable-graymap           pgm
    image/x-portable-pixmap            ppm
    image/x-rgb                        rgb
    image/x-xbitmap                    xbm
    image/x-xpixmap                    xpm
    image/x-xwindowdump                xwd
    message/rfc822                     eml mht mhtml nws
    text/css                           css
    text/csv                           csv
    text/html                          html htm
    text/n3                            n3
    text/plain                         txt bat c h ksh pl srt
    text/richtext                      rtx
    text/tab-separated-values          tsv
    text/vtt                           vtt
    text/x-python                      py
    text/x-setext                      etx
    text/x-sgml                        sgm sgml
    text/x-vcard                       vcf
    text/xml                           xml
    video/mp4                          mp4
    video/mpeg                         mpeg m1v mpa mpe mpg
    video/quicktime                    mov qt
    video/webm                         webm
    video/x-msvideo                    avi
    video/x-sgi-movie                  movie
"""

# Widely used but non-standard mappings (consulted when strict is false).
_NONSTANDARD = """
    application/rtf                    rtf
    audio/midi                         midi mid
    image/jpg                          jpg
    image/pict                         pict pct pic
    image/webp                         webp
    text/xul                           xul
"""


def _mime_lines(lines):
    """Yield (type, [extension, ...]) from mime.types formatted lines.

    A word starting with '#' opens a comment running to the end of the line."""
    for line in lines:
        words = list(itertools.takewhile(_not_comment, line.split()))
        if len(words) > 1:
            yield words[0], ['.' + word for word in words[1:]]


def _not_comment(word):
    return not word.startswith('#')


def _pristine_tables():
    """Fresh copies of the built-in tables, keyed by role."""
    def table(text):
        return {ext: kind
                for kind, exts in _mime_lines(text.splitlines())
                for ext in exts}
    return {
        'types': table(_STANDARD),
        'common': table(_NONSTANDARD),
        'encodings': {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2',
                      '.xz': 'xz', '.br': 'br'},
        'suffixes': {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                     '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'},
    }


def _publish(types, common, encodings, suffixes):
    """Bind the four public module tables."""
    global types_map, common_types, encodings_map, suffix_map
    types_map, common_types = types, common
    encodings_map, suffix_map = encodings, suffixes


def _default_mime_types():
    """Make the module tables (and the base of new MimeTypes objects) fresh
    copies of the built-in data; an existing shared database is kept."""
    global _BUILTIN
    _BUILTIN = _pristine_tables()
    _publish(_BUILTIN['types'], _BUILTIN['common'],
             _BUILTIN['encodings'], _BUILTIN['suffixes'])


# The tables new MimeTypes objects start from; the module names types_map,
# common_types, encodings_map and suffix_map start out bound to them.
_default_mime_types()

_db = None    # the instance behind the module functions
_DATA_SCHEME = re.compile('data:', re.IGNORECASE)


class MimeTypes:
    """A MIME type database.

    types_map and types_map_inv are pairs indexed by `strict`: index 1 (True)
    holds the standard mappings, index 0 (False) the non-standard ones."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_BUILTIN['encodings'])
        self.suffix_map = dict(_BUILTIN['suffixes'])
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for flag, source in ((True, _BUILTIN['types']),
                             (False, _BUILTIN['common'])):
            for ext, kind in source.items():
                self.add_type(kind, ext, flag)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` (with its leading dot) to MIME type `type`."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Return (type, encoding) guessed from a file name, path or URL."""
        url = os.fspath(url)
        if _DATA_SCHEME.match(url):
            return self._data_url_type(url), None
        stem, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        ext = ext.lower()
        for flag in ((True,) if strict else (True, False)):
            if ext in self.types_map[flag]:
                return self.types_map[flag][ext], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(url):
        # RFC 2397: data:[<mediatype>][;base64],<data>
        body = url[len('data:'):]
        comma = body.find(',')
        if comma < 0:
            return None
        head = body[:comma]
        semicolon = head.find(';')
        if semicolon >= 0:
            head = head[:semicolon]
        if '=' in head or '/' not in head:
            return 'text/plain'
        return head

    def guess_all_extensions(self, type, strict=True):
        """List the extensions known for MIME type `type`, best first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, ())
                      if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension for MIME type `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Load a mime.types formatted file."""
        with open(filename, encoding='utf-8') as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Load mime.types formatted lines from an open text file."""
        def lines():
            while True:
                line = fp.readline()
                if not line:
                    return
                yield line
        for kind, exts in _mime_lines(lines()):
            for ext in exts:
                self.add_type(kind, ext, strict)

    def read_windows_registry(self, strict=True):
        """Load types from the Windows registry; nothing to do elsewhere."""
        return None


def guess_type(url, strict=True):
    """Guess (type, encoding) of a file name or URL with the shared database."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """All extensions known for a MIME type, from the shared database."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for a MIME type, from the shared database."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping to the shared database."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def _read_existing(database, names):
    for name in names:
        if os.path.isfile(name):
            database.read(name)


def _fresh_database():
    """A database of the built-in tables plus the system files."""
    database = MimeTypes()
    _read_existing(database, knownfiles)
    return database


def init(files=None):
    """(Re)build the shared database.

    With no argument the database starts again from the built-in tables and
    the existing files in knownfiles; a list of files is read on top of the
    current database (built as above first if there is none yet)."""
    global inited, _db
    inited = True
    if files is None:
        _db = None
    if _db is None:
        _db = _fresh_database()
    _read_existing(_db, files or ())
    _publish(_db.types_map[True], _db.types_map[False],
             _db.encodings_map, _db.suffix_map)


def read_mime_types(file):
    """Return the standard table of a database extended by `file`, or None
    if the file cannot be opened."""
    try:
        stream = open(file, encoding='utf-8')
    except OSError:
        return None
    with stream:
        database = MimeTypes()
        database.readfp(stream, True)
        return database.types_map[True]


_USAGE = """\
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

    try:
        options, names = getopt.getopt(sys.argv[1:], 'hle',
                                       ['help', 'lenient', 'extension'])
    except getopt.error as problem:
        print(_USAGE)
        print(problem)
        sys.exit(1)
    flags = {flag for flag, _ in options}
    if flags & {'-h', '--help'}:
        print(_USAGE)
        sys.exit(0)
    strict = not flags & {'-l', '--lenient'}
    want_extension = bool(flags & {'-e', '--extension'})
    for name in names:
        if want_extension:
            found = guess_extension(name, strict)
            print(found if found else "I don't know anything about type " + name)
        else:
            kind, encoding = guess_type(name, strict)
            if kind:
                print('type:', kind, 'encoding:', encoding)
            else:
                print("I don't know anything about type", name)


if __name__ == '__main__':
    _main()
