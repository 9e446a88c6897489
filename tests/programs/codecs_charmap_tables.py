# Single-byte table codecs: all 256 bytes decoded, re-encoded, and their lookup names.
import codecs, zlib

NAMES = ['cp037', 'cp500', 'cp1140', 'cp273', 'cp1026', 'cp875', 'cp850', 'cp852', 'cp855',
         'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp864', 'cp865', 'cp866',
         'cp869', 'cp874', 'cp1250', 'cp1251', 'cp1253', 'cp1254', 'cp1255', 'cp1256',
         'cp1257', 'cp1258', 'cp720', 'cp737', 'cp775', 'cp856', 'cp1006', 'cp1125',
         'koi8_r', 'koi8_u', 'koi8_t', 'mac_roman', 'mac_cyrillic', 'mac_greek', 'mac_iceland',
         'mac_latin2', 'mac_turkish', 'mac_croatian', 'mac_romanian', 'mac_arabic', 'mac_farsi',
         'kz1048', 'ptcp154', 'hp_roman8', 'tis_620', 'palmos']
for name in NAMES:
    info = codecs.lookup(name)
    text = bytes(range(256)).decode(name, 'replace')
    undefined = [i for i, ch in enumerate(text) if ch == '\ufffd']
    back = text.encode(name, 'replace')
    same = sum(1 for a, b in zip(back, range(256)) if a == b)
    print(name, info.name, len(text), zlib.crc32(text.encode('utf-8')), undefined[:6], len(undefined), same)
    print('  ', ascii(text[128:160]))
    enc_all = ''.join(ch for ch in text if ch != '\ufffd').encode(name)
    print('   enc', zlib.crc32(enc_all), len(enc_all))
for alias in ['latin2', 'cp-1250', 'windows-1251', 'IBM037', 'ebcdic-cp-us', 'KOI8-R', 'macroman',
              'mac-cyrillic', 'maccyrillic', 'tis620', 'TIS-620', 'csptcp154', 'roman8', '866',
              'ibm866', 'rk1048', 'cp154', 'koi8.r', 'cp1250 ', 'cp_1250', 'WINDOWS_1258']:
    try:
        print(repr(alias), codecs.lookup(alias).name)
    except LookupError as e:
        print(repr(alias), type(e).__name__, e)
print('Привет'.encode('koi8_r'), b'\xf0\xd2\xc9\xd7\xc5\xd4'.decode('koi8_r'))
print('Grüße €'.encode('cp1250'), 'Grüße'.encode('cp037'), b'\xc7\x99\xd0\xa2\x85'.decode('cp037'))
print('Ωμέγα'.encode('cp1253'), 'שלום'.encode('cp1255'), 'ไทย'.encode('tis_620'))
