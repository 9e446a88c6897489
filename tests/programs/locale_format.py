# locale's number formatting and parsing in the C locale: format_string,
# str, atof/atoi, localize/delocalize, currency, localeconv, strcoll/strxfrm.
import functools
import locale


def show(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(func.__name__, args, kwargs, '->', type(e).__name__, e)
    else:
        print(func.__name__, args, kwargs, '->', repr(result))


locale.setlocale(locale.LC_ALL, 'C')
conv = locale.localeconv()
print(conv)
print(conv is locale.localeconv(), conv == locale.localeconv())
locale.setlocale(locale.LC_ALL, 'C.UTF-8')
print(locale.localeconv() == conv)
show(locale.localeconv, 1)

show(locale.format_string, '%d', 1234567, True)
show(locale.format_string, '%.2f|%s|%%|%5d', (1234.5, 'x', 3))
show(locale.format_string, '%(a)d %(b)s', {'a': 1000, 'b': 2})
show(locale.format_string, '%f', 1e10, grouping=True, monetary=True)
show(locale.format_string, '%.3f', 1234.5678, monetary=True)
show(locale.format_string, '%s', [1, 2])
show(locale.format_string, '%s', (1, 2))
show(locale.format_string, '%*d', (5, 3))
show(locale.format_string, '%*.*f|%-*s|', (8, 2, 3.14159, 4, 'ab'))
show(locale.format_string, 'abc', ())
show(locale.format_string, '%e|%G|%i|%u|%o|%x|%c|%r|%E|%F|%X',
     (1.5, 2.5, 3, 4, 8, 255, 65, 'z', 1e20, 2.0, 255))
show(locale.format_string, '%ld %hd %Lf', (1, 2, 3.5))
show(locale.format_string, '%s %%', 'x')
show(locale.format_string, '%5%', ())
show(locale.format_string, '%s', {'a': 1})
show(locale.format_string, '%(a)q(b)s', {'a)q(b': 5})
show(locale.format_string, '%(a\n)s', {'a\n': 1})
show(locale.format_string, '%(x)s', (1,))
show(locale.format_string, '%d %d', (1,))
show(locale.format_string, '100%', ())
show(locale.format_string, '%q %d', 5)
show(locale.format_string, '%d')
show(locale.format_string, b'%d', 1)

for value in [3.14159265358979, 10, 1e100, 5, 2 ** 70, -0.0, 0.1 + 0.2, 'x']:
    show(locale.str, value)
for text in ['1.5', ' 3 ', '1,5', '-2e3', 'inf', 3]:
    show(locale.atof, text)
show(locale.atof, '12', int)
show(locale.atof, '1.25', __import__('decimal').Decimal)
for text in ['42', '4.2', ' -7 ', '1_000', b'3']:
    show(locale.atoi, text)
for text in ['1,234.5', '1234567.25', '1.2.3', 3]:
    show(locale.delocalize, text)
    show(locale.localize, text)
show(locale.localize, '1234567.25', True, True)
show(locale.localize, '1.5', monetary=True)
show(locale.localize, '', True)

for value in [1.5, -1.5, 0, 'x']:
    show(locale.currency, value)
show(locale.currency, 1.5, symbol=False, grouping=True, international=True)

for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('A', 'a'), ('\xe9', 'z'),
             ('a', 'ab'), ('\U0001f600', 'a'), ('', ''), (1, 'a'), ('a', 1),
             ('a\0', 'a'), ('a', 'b\0')]:
    show(locale.strcoll, a, b)
for text in ['abc', '\xe9', '', 1, 'a\0b']:
    show(locale.strxfrm, text)
words = ['b', 'A', 'a', 'B', '\xe9', 'Z', '_', '1']
print(sorted(words, key=locale.strxfrm))
print(sorted(words, key=functools.cmp_to_key(locale.strcoll)))

# a monkeypatched localeconv() drives grouping and currency
fake = dict(conv, decimal_point=',', thousands_sep='.', grouping=[3, 3, 0],
            mon_decimal_point=',', mon_thousands_sep=' ', mon_grouping=[3, 2],
            currency_symbol='EUR', int_curr_symbol='EUR ', frac_digits=2,
            int_frac_digits=2, p_cs_precedes=0, n_cs_precedes=1,
            p_sep_by_space=1, n_sep_by_space=0, p_sign_posn=1, n_sign_posn=0,
            positive_sign='', negative_sign='-')
real = locale.localeconv
locale.localeconv = lambda: dict(fake)
try:
    show(locale.format_string, '%d', 1234567, True)
    show(locale.format_string, '%12.2f', -1234567.891, True)
    show(locale.format_string, '%-12d|', 1234, True)
    show(locale.format_string, '%.1f', 1234567.25, True, True)
    show(locale.str, 1234.5)
    show(locale.atof, '1.234.567,5')
    show(locale.atoi, '1.234')
    show(locale.delocalize, '1.234,5')
    show(locale.localize, '1234567.5', True)
    show(locale.localize, '-1234567', True, True)
    show(locale.localize, '   1234', True)
    for value in [0, 1234567.891, -1234567.891]:
        show(locale.currency, value)
        show(locale.currency, value, False, True)
        show(locale.currency, value, True, True, True)
finally:
    locale.localeconv = real
print(locale.localeconv() == conv)
