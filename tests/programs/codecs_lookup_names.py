# The codecs module: lookup name normalisation, encode/decode, and LookupError.
import codecs
for name in ['utf-8', 'UTF-8', 'utf8', 'U8', 'UTF', 'utf_8', 'UTF8', 'utf-8-sig', 'utf_8_sig', 'latin1', 'latin-1', 'Latin_1',
             'iso-8859-1', 'ISO8859-1', 'L1', 'iso_8859_1', 'cp1252', 'windows-1252', 'cp-1252', 'ascii', 'US-ASCII', '646',
             'utf-16', 'UTF16', 'utf-16le', 'utf_16_be', 'utf-32', 'utf32', 'U32', 'utf-32-le', 'iso-8859-2', 'latin2',
             'iso8859_15', 'latin-9', 'iso-8859-5', 'cyrillic', 'greek', 'iso-8859-8', 'hebrew', ' utf-8 ', 'utf 8']:
    try:
        info = codecs.lookup(name)
        print(repr(name), '->', info.name)
    except LookupError as e:
        print(repr(name), '->', type(e).__name__, e)
for name in ['no-such-codec', 'utf-9', '', 'utf--8', 'UTF__8', 'latin 1']:
    try:
        print(repr(name), codecs.lookup(name).name)
    except LookupError as e:
        print(type(e).__name__, e)
for f in [lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: codecs.encode('x', 'nope'), lambda: str(b'x', 'nope')]:
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e)
print(repr(codecs.encode('h\xe9', 'utf-8')), repr(codecs.encode('h\xe9', 'latin-1')), ascii(codecs.decode(b'h\xc3\xa9', 'utf-8')))
print(repr(codecs.encode('h\xe9')), ascii(codecs.decode(b'h\xc3\xa9')), ascii(codecs.decode(b'\xe9', 'latin1')))
print(repr(codecs.encode('\u20ac', 'ascii', 'replace')), ascii(codecs.decode(b'\xff', 'utf-8', 'ignore')), repr(codecs.encode('\u20ac', encoding='cp1252')))
try:
    codecs.encode('\u20ac', 'ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
info = codecs.lookup('utf-8')
print(info.encode('\xe9'), info.decode(b'\xc3\xa9'), info.decode(b'\xc3\xa9\xff', 'replace'))
print(codecs.lookup('latin1').encode('\xff'), codecs.lookup('utf_8') == codecs.lookup('UTF-8'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(callable(codecs.getencoder('utf-8')), codecs.getencoder('latin-1')('\xe9'), codecs.getdecoder('ascii')(b'ok'))
print('x'.encode('UTF8'), 'x'.encode('U8'), b'\xe9'.decode('L1'), 'x'.encode('Utf-16-LE'), b'x\x00'.decode('UTF-16LE'))
for bad in [5, None]:
    try:
        'x'.encode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    codecs.decode('text', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup('utf-8\x00')
except ValueError as e:
    print(type(e).__name__, e)
