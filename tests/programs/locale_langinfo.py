# locale.nl_langinfo in the C locale, the message-catalogue functions, and
# the deprecated getdefaultlocale/resetlocale.
import locale
import warnings


def show(func, *args):
    try:
        result = func(*args)
    except Exception as e:
        print(func.__name__, args, '->', type(e).__name__, e)
    else:
        print(func.__name__, args, '->', repr(result))


keys = ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR',
        'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA',
        'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS']
keys += ['DAY_%d' % i for i in range(1, 8)] + ['ABDAY_%d' % i for i in range(1, 8)]
keys += ['MON_%d' % i for i in range(1, 13)] + ['ABMON_%d' % i for i in range(1, 13)]
for name in ('C', 'C.UTF-8'):
    locale.setlocale(locale.LC_ALL, name)
    for key in keys:
        print(name, key, getattr(locale, key), repr(locale.nl_langinfo(getattr(locale, key))))
show(locale.nl_langinfo, 999999)
show(locale.nl_langinfo, locale.LC_ALL)
show(locale.nl_langinfo, 'x')
show(locale.nl_langinfo, True)
print(sorted(n for n in dir(locale) if n.isupper() and not n.startswith('_')))

# no message catalogues: every message is its own translation
show(locale.gettext, 'hello')
show(locale.dgettext, None, 'hi')
show(locale.dgettext, 'dom', 'hi')
show(locale.dcgettext, 'dom', 'hi', locale.LC_MESSAGES)
show(locale.dcgettext, None, 'b', 99)
show(locale.textdomain, None)
show(locale.textdomain, 'foo')
show(locale.textdomain, None)
show(locale.textdomain, '')
show(locale.textdomain, None)
show(locale.bindtextdomain, 'foo', None)
show(locale.bindtextdomain, 'foo', '/tmp')
show(locale.bindtextdomain, 'foo', None)
show(locale.bindtextdomain, 'bar', b'/b')
show(locale.bindtextdomain, 'baz', __import__('pathlib').PurePosixPath('/p'))
show(locale.bindtextdomain, '', None)
show(locale.bind_textdomain_codeset, 'foo', None)
show(locale.bind_textdomain_codeset, 'foo', 'utf-8')
show(locale.bind_textdomain_codeset, 'foo', None)
show(locale.bind_textdomain_codeset, '', None)
for args in [(locale.gettext, 1), (locale.gettext, 'a\0'), (locale.dgettext, 1, 'a'),
             (locale.dgettext, 'a', 1), (locale.dgettext, 'x\0', 'a'),
             (locale.dcgettext, 'a', 'b', 'c'), (locale.dcgettext, 1, 'b', 5),
             (locale.dcgettext, 'a', 2, 5), (locale.textdomain, 1),
             (locale.textdomain, 'a\0'), (locale.bindtextdomain, 1, None),
             (locale.bindtextdomain, 'x', 1), (locale.bind_textdomain_codeset, 1, None),
             (locale.bind_textdomain_codeset, 'x', 1)]:
    show(*args)

# the deprecated guesses from the environment (variables no one sets here)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(locale.getdefaultlocale(('PYRS_NO_SUCH_VAR',)))
    print(locale.getdefaultlocale([]))
    locale.setlocale(locale.LC_ALL, 'C.UTF-8')
    locale.setlocale(locale.LC_NUMERIC, 'C')
    print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__)
# getlocale() splits what setlocale() reports
for name in ('C', 'C.UTF-8', 'C.utf8@euro', 'C_US.UTF-8'):
    locale.setlocale(locale.LC_COLLATE, name)
    print(name, locale.getlocale(locale.LC_COLLATE))
