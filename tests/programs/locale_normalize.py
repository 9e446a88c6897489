# locale.normalize and the locale-name parsing behind getlocale(), for the
# usual forms of locale names (language, territory, encoding, modifier).
import locale

names = [
    'C', 'c', 'POSIX', 'posix', 'C.UTF-8', 'C.utf8', 'c.utf8', 'C.UTF8',
    'C.ascii', 'C.en', 'C.UTF-8@euro', 'C.UTF-8@', 'C_C', 'c_c.c',
    'en', 'en_US', 'en_us', 'EN_US', 'en_US.utf8', 'en_US.UTF-8', 'en_US.iso88591',
    'en_US.ISO-8859-15', 'en_US@euro', 'en_US:utf8', 'en_US.utf-8 ', 'en_GB',
    'de', 'de_DE', 'de_DE@euro', 'de_DE.UTF-8@euro', 'de_DE.ISO8859-1@euro',
    'de_AT.latin1@euro', 'de_CH', 'fr', 'fr_FR', 'fr_CA', 'fr_BE@euro',
    'es', 'es_ES', 'es_MX.UTF-8', 'it', 'it_IT@euro', 'nl', 'nl_NL@euro', 'pt_BR',
    'pt', 'sv', 'fi', 'fi_FI@euro', 'da', 'nb', 'no', 'nn', 'pl', 'cs', 'hu',
    'el', 'el_GR', 'tr', 'he', 'ar', 'ru', 'ru_RU', 'ru_RU.koi8r', 'ru_UA',
    'uk', 'be', 'bg', 'ja', 'ja_JP', 'ja_JP.eucjp', 'ja_JP.sjis', 'ja_JP.UTF-8',
    'ja_jp.euc', 'ko', 'ko_KR', 'zh', 'zh_CN', 'zh_CN.gbk', 'ZH_CN.GB2312',
    'zh_TW', 'zh_HK', 'th', 'vi', 'hi_IN', 'et', 'lt', 'lv', 'sr', 'sr@latin',
    'sr_RS@latin', 'sr@latn', 'sr@cyrillic', 'sr_ME', 'ca_ES@valencia',
    'ca@valencia', 'uz_UZ@cyrillic', 'be@latin', 'be_BY.utf8@latin',
    'english', 'german', 'french', 'japanese', 'russian', 'univ', 'universal',
    'universal.utf8@ucs4', 'english_united-states.437', 'iso-8859-1',
    'iso8859-15', 'bokm\xe5l', 'no@nynorsk', 'nynorsk',
    'xx', 'xx_YY', 'xx_YY.utf8', 'en_US.foo', 'en_US.utf8@foo', 'utf8', 'UTF-8',
    '', '@', '.', 'ab.cd.ef',
]
encodings = ['utf8', 'UTF-8', 'utf_8', 'U8', 'utf', 'latin1', 'latin-1', 'l1',
             'iso8859-1', 'iso88591', 'iso_8859_1', '8859', 'iso8859-2', 'latin2',
             'iso8859-5', 'iso8859-7', 'iso8859-9', 'iso8859-15', 'iso885915',
             'latin9', 'latin-9', 'koi8-r', 'koi8r', 'koi8-u', 'eucjp', 'euc-jp',
             'ujis', 'sjis', 'shift_jis', 'euckr', 'gb2312', 'big5', 'cp1251',
             'cp1252', 'cp1255', 'ascii', 'us-ascii', 'ANSI_X3.4-1968', 'tis-620',
             'utf-16', 'jis', 'pt154', 'c', 'en', 'foo']
for name in names:
    print(repr(name), repr(locale.normalize(name)))
for enc in encodings:
    print(enc, locale.normalize('fr_CA.' + enc), locale.normalize('de.' + enc + '@euro'))
for bad in [3, b'x', None]:
    try:
        locale.normalize(bad)
    except Exception as e:
        print(type(e).__name__, e)

# getlocale() reads the name the same way
locale.setlocale(locale.LC_ALL, 'C')
for name in ['C', 'C.UTF-8', 'C.utf8', 'C.UTF-8@euro', 'C_US.UTF-8', 'POSIX']:
    locale.setlocale(locale.LC_MONETARY, name)
    print(name, locale.setlocale(locale.LC_MONETARY), locale.getlocale(locale.LC_MONETARY))

print(type(locale.locale_alias).__name__, type(locale.locale_encoding_alias).__name__,
      type(locale.windows_locale).__name__)
for key in ['c', 'posix', 'c.utf8', 'en', 'en_us', 'de_de', 'fr_fr', 'ja_jp', 'ru_ru',
            'zh_cn', 'pt_br']:
    print(key, locale.locale_alias[key])
for key in ['utf8', 'utf_8', 'latin_1', 'iso8859_15', 'ascii', 'euc_jp', 'koi8_r']:
    print(key, locale.locale_encoding_alias[key])
print(locale.windows_locale[0x0409], locale.windows_locale[0x0407],
      locale.windows_locale[0x0411])
