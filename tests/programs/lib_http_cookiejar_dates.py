# http.cookiejar: date parsing/formatting and header-word helpers.
import http.cookiejar as cj


def show(label, func, *args):
    try:
        result = func(*args)
    except Exception as exc:
        result = '%s: %s' % (type(exc).__name__, exc)
    print(label, repr(args)[:70], '->', repr(result))


HTTP_DATES = [
    'Wed, 09 Feb 1994 22:23:32 GMT', 'Thu, 03 Feb 1994 00:00:00 GMT',
    'Wednesday, 09-Feb-94 22:23:32 GMT', 'Wed Feb  9 22:23:32 1994',
    '09 Feb 1994 22:23:32 GMT', '08-Feb-94', '08-Feb-1994', '08 Feb 94',
    '08-02-1994', '1994-02-03', 'Feb  3 1994', '03 Feb 1994 00:00 +0100',
    '03 Feb 1994 00:00 -0130', '03 Feb 1994 00:00 UTC', '03 Feb 1994 00:00 z',
    '03 Feb 1994 00:00 EST', '03 Feb 1994 00:00 +01', '03 Feb 1994 00:00 +1',
    '03 Feb 1994 00:00 GMT+0100', '03 Feb 1994 00:00 +01:00', '', '   ',
    'garbage', 'Wed, 09 Feb 1994', 'Wed, 9 Feb 1994 22:23:32.5 GMT',
    'Wed, 09 Feb 1994 22:23:32 GMT junk', 'Wed, 09 Feb 1994 22:23:32 GMT (x)',
    '09 Feb 1994 25:23:32 GMT', '32 Feb 1994', '29 Feb 1994', '31 Apr 1994',
    '00 Feb 1994', '09 Foo 1994', '09 february 1994', '9 Feb 1994',
    'Feb-09-1994', '1994 Feb 09', '09 Feb 1969', '09 Feb 1900', '09 Feb 3000',
    '09 Feb 10000', '09 Feb 09999', '09 Feb 0999', 'Sun Nov  6 08:49:37 1994',
    'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun, 06 Nov 1994 08:49:37 GMT',
    '6 Nov 1994 08:49', '03 Feb 1994 24:00:00', '03 Feb 1994 23:60:00',
    '03 Feb 1994 23:59:61', '03 Feb 1994 23:59:62',
    '03/Feb/1994:00:00:00 +0100', 'Thu, 01-Jan-1970 00:00:00 GMT',
    'Fri, 31 Dec 9999 23:59:59 GMT', 'x 03 Feb 1994', 'Wed,03 Feb 1994 01:02:03',
    '03 Feb 1994 1:2:3', '03 Feb 1994 01:02:03 pm', '03 Feb 1994 01:02:03 AM',
    '03 Feb 1994 01:02:03 MET', '03 Feb 1994 01:02:03 -9999',
    '03 Feb 1994 01:02:03 +0099', '\t03 Feb 1994\n', 'Monday 03 Feb 1994',
    'Mo 03 Feb 1994', '03Feb1994', '3-2-94', '03 Feb 1994 12',
    '03 Feb 1994 12:00 1234', '03 Feb 1994 12:00 (a b)', 'Sat03 Feb 1994',
    'Sun,, 03 Feb 1994', 'wed, 09 feb 1994 22:23:32 GMT', 'Sxx, 09 Feb 1994 22:23:32 GMT',
    'Wed, 09 Feb 1969 22:23:32 GMT', 'Wed, 09 Fxx 1994 22:23:32 GMT',
    '31 Dec 1969 23:59:59 -0100', '01 Jan 1970 00:00:00 +0100', '03 Feb 1994 +12',
    '03 Sept 1994', '03 jUn 1994', '03.Feb.1994', '03\xa0Feb 1994',
]
for text in HTTP_DATES:
    show('http2time', cj.http2time, text)
show('http2time', cj.http2time, None)
show('http2time', cj.http2time, 12)

ISO_DATES = [
    '1994-02-03 14:15:29 -0100', '1994-02-03 14:15:29', '1994-02-03',
    '1994-02-03T14:15:29', '19940203T141529Z', '1994-02-03 14:15:29.5',
    '19940203', '  1994-02-03  ', '1994-02-03 14:15', '1994-02-03 14',
    '94-02-03', '1994-2-3', '1994-02-03T14:15:29Z', '1994-02-03T14:15:29+01:00',
    '1994-02-03 14:15:29 +01', '1994-02-03 14:15:29 UTC', '1994-02-03xx',
    '1994-02-32', '1994-13-03', '1969-02-03', '0999-02-03', '19940203141529',
    '1994020314', '1994-02-0314:15', '1994/02/03', '1994-02-03 1:15:29',
    '1994-02-03 14:15:29 z', '1994-02-03 24:00:00', '1994-02-03 25:00:00',
    '1994-02-03 23:59:60', '10000-01-01', '1994-02-03 14:15:29.',
    '19940203 141529', '', 'x', '1994-02-03 14:15:29 +010',
    '1994-02-03 14:15:29-01:30', '1994-02-03 14:15:29 +01:3', '1994-02-03 1',
]
for text in ISO_DATES:
    show('iso2time', cj.iso2time, text)
show('iso2time', cj.iso2time, None)

for stamp in [0, 1, 760832612, 760832612.9, -1, 951782400, 253402300799,
              253402300800, 2000000000, 1.5e9, '5']:
    show('time2isoz', cj.time2isoz, stamp)
    show('time2netscape', cj.time2netscape, stamp)
print('now formats', len(cj.time2isoz()), len(cj.time2netscape()),
      cj.time2isoz().endswith('Z'), cj.time2netscape().endswith(' GMT'))
for stamp in [0, 86399, 86400, 951782400, 4102444800]:
    print('roundtrip', stamp, cj.http2time(cj.time2netscape(stamp)),
          cj.iso2time(cj.time2isoz(stamp)))

HEADERS = [
    ['foo="bar"; port="80,81"; discard, bar=baz'], ['text/html; charset="iso-8859-1"'],
    ['Basic realm="\\"foo\\bar\\""'], ['a=b, c=d', 'e'], ['foo'], ['foo='], ['=bar'],
    ['; ; ,,'], [''], ['a = b ; c = "d e" , f'], ['a="b\\"c"'], ['a="unterminated'],
    ['a=b=c'], ['a b c'], ['a="x"y'], ['a=""x'], ['"a"=b'], ['a=\tb'], ['a, =b'],
    ['=,='], ['x=1,y=2;z'], ['$Version=1; foo=bar; $Path=/'],
    ['foo=bar; expires=Wed, 09-Feb-1994 22:23:32 GMT'], [],
]
for values in HEADERS:
    show('split', cj.split_header_words, values)
show('split', cj.split_header_words, 'abc')
JOIN = [
    [[('text/plain', None), ('charset', 'iso-8859-1')]],
    [[('text/plain', None)], [('charset', 'iso-8859-/1')]],
    [[('a', 'b c'), ('d', 'e"f'), ('g', 'h\\i')]], [[('a', '')]], [[]], [],
    [[], [('a', 'b')]], [[('a', 'x,y')], [('b', '1')]], [[('a', 1)]],
    [[('a', 'tok.en')]], [[('a', 'b\n')]],
]
for lists in JOIN:
    show('join', cj.join_header_words, lists)
NS = [
    'foo=bar', 'foo=bar; path=/; domain=.example.com; expires=Wed, 09-Feb-1994 22:23:32 GMT',
    'foo=bar; Expires=Wed, 09-Feb-1994 22:23:32 GMT; PATH=/x; Domain=EXAMPLE.com; Secure; HttpOnly; Max-Age=30; Version="1"; Comment=hi; Port="80"',
    'foo', 'foo=', '=bar', '', ';', ' foo = bar ; path = / ', 'foo="bar baz"',
    'foo=bar; expires=garbage', 'foo=bar; expires', 'foo=bar; version', 'foo=bar; version=abc',
    'foo=bar, baz=qux', 'a=1; a=2', ';;foo=bar', 'foo=bar;;;path=/', 'foo="a;b"',
    'foo=bar; =x', 'expires=x; a=b', 'foo=bar; expires="09-Feb-94',
]
for header in NS:
    show('ns', cj.parse_ns_headers, [header])
show('ns', cj.parse_ns_headers, ['a=1', 'b=2'])
