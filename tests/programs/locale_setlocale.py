# locale.setlocale/getlocale on a system whose only locales are C, POSIX and
# C.UTF-8 (what pyrs has on WASI; CPython here runs with the same set).
# The start-up locale depends on the environment, so set one first.
import locale


def show(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(func.__name__, args, '->', type(e).__module__, type(e).__name__, e)
    else:
        print(func.__name__, args, '->', repr(result))


print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getencoding())
print(locale.getlocale(locale.LC_ALL), locale.getlocale(locale.LC_TIME))

# the names the C library accepts, and what it records for them
for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8', 'C.Utf8',
             'C.UTF-8@euro', 'C.UTF-8@', 'C_US.UTF-8',
             'c', 'en_US', 'en_US.UTF-8', 'de_DE@euro', 'C.ascii', 'POSIX.UTF-8',
             'C@x', 'C.', 'C.UTF-16', 'C.UTF_8', '.UTF-8', 'xx_YY']:
    show(locale.setlocale, locale.LC_ALL, name)
    print('   now', locale.setlocale(locale.LC_ALL))

# pairs are normalized first
for pair in [('C', 'UTF-8'), ('C', 'utf8'), ['C', 'utf-8'], ('C', None),
             (None, None), (None, 'UTF-8'), ('C.UTF-8', None), ('en_US', 'UTF-8')]:
    show(locale.setlocale, locale.LC_ALL, pair)
print(locale.setlocale(locale.LC_ALL, iter(['C', 'UTF-8'])))

# what is not a locale at all
for bad in [('C',), ('C', 'UTF-8', 'x'), (1, 2), 5, 1.5, b'C', b'AB', (), [], 0, b'',
            'C\0']:
    show(locale.setlocale, locale.LC_ALL, bad)
show(locale.setlocale, 99, 'C')
show(locale.setlocale, 99)
show(locale.setlocale, -1)
show(locale.setlocale, 'x')
show(locale.setlocale, locale.LC_ALL, 'C', 1)
print(locale.setlocale(category=locale.LC_ALL, locale='C'))

# one category at a time, and the composite name of LC_ALL
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_TIME, 'C.UTF-8'))
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(locale.LC_TIME), locale.getlocale(locale.LC_NUMERIC))
show(locale.getlocale, locale.LC_ALL)
show(locale.getlocale, 99)
show(locale.getlocale, 'x')
composite = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL, composite) == composite)
show(locale.setlocale, locale.LC_ALL, 'LC_CTYPE=C;LC_NUMERIC=C.UTF-8')
show(locale.setlocale, locale.LC_ALL, 'LC_ALL=C')
show(locale.setlocale, locale.LC_CTYPE, composite)
for cat in range(13):
    show(locale.setlocale, cat)
print(locale.setlocale(7, 'C'), locale.setlocale(12, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))

# LC_CTYPE decides the encoding
for name in ['C', 'C.UTF-8', 'POSIX', 'C.utf8']:
    locale.setlocale(locale.LC_CTYPE, name)
    print(name, locale.getencoding(), locale.nl_langinfo(locale.CODESET),
          locale.getlocale(), locale.getpreferredencoding(False).lower() in
          ('utf-8', locale.getencoding().lower()))
locale.setlocale(locale.LC_ALL, 'C')
print(locale.getencoding())

# the category constants and the exception
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.Error.__module__, locale.Error.__name__, locale.Error.__mro__[1:])
print(sorted(locale.__all__))
