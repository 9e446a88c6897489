# The 4300-digit limit exists to stop quadratic-time conversions (CVE-2020-10735): CPython
# refuses a 100-million-bit int at once, from its size, before converting anything.
# (A conversion that runs first and checks afterwards takes minutes here.)
x = 2 ** (10 ** 8)
print(x.bit_length(), x.bit_length() // 8)
for label, convert in [('str', str), ('repr', repr), ('format d', lambda v: format(v, 'd')),
                       ('percent d', lambda v: '%d' % v), ('f-string', lambda v: f'{v}')]:
    try:
        convert(x)
        print(label, 'converted')
    except ValueError as e:
        print(label, type(e).__name__, e)
print('hex digits', len(hex(x)) - 2)
