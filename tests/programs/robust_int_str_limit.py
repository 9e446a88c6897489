# CPython 3.12 refuses int->str conversions of more than 4300 decimal digits (both ways);
# hex/oct/bin and arithmetic on such ints stay allowed.
def attempt(label, action):
    try:
        r = action()
        print(label, r if len(str(r)) < 60 else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 10 ** 5000
edge = 10 ** 4299
attempt('str(big)', lambda: str(big))
attempt('repr(big)', lambda: repr(big))
attempt('f-string', lambda: f'{big}')
attempt('format d', lambda: format(big, 'd'))
attempt('format ,', lambda: format(big, ','))
attempt('percent d', lambda: '%d' % big)
attempt('str.format', lambda: '{}'.format(big))
attempt('str(-big)', lambda: str(-big))
attempt('str(edge)', lambda: len(str(edge)))
attempt('str(edge*10)', lambda: len(str(edge * 10)))
attempt('int(4300 digits)', lambda: int('9' * 4300) % 1000)
attempt('int(4301 digits)', lambda: int('9' * 4301))
attempt('int(4301 with underscores)', lambda: int('9_' * 4300 + '9'))
attempt('int(whitespace padded)', lambda: int(' ' * 5000 + '7' + ' ' * 5000))
attempt('hex(big)', lambda: len(hex(big)))
attempt('oct(big)', lambda: len(oct(big)))
attempt('bin(big)', lambda: len(bin(big)))
attempt('format x', lambda: len(format(big, 'x')))
attempt('int(hex str)', lambda: int('f' * 5000, 16) % 1000)
attempt('int(bin str)', lambda: int('1' * 20000, 2) % 1000)
attempt('arith', lambda: (big * big + 7) % 1000)
attempt('float(big)', lambda: float(big))
attempt('big / 10**4999', lambda: big / 10 ** 4999)
try:
    print(big)
except ValueError as e:
    print('print', type(e).__name__, e)
