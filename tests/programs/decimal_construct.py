# Decimal construction from strings, ints, floats, tuples; str/repr/eng strings.
from decimal import Decimal, Context, getcontext, localcontext, DecimalTuple, InvalidOperation


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


strings = ['1', ' 1.5 ', '1_000', '1__0', '-0', '+.5', '5.', '.', '1e', 'e5', '1E+5',
           '1e-0', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN0012', 'nan1.2', 'InFiNiTy',
           '1.2.3', '\u0661\u0662', '1e1_0', '1_0.5_5', '', ' ', '0e-1000', '\t7\n',
           '12345678901234567890123456789012345', '1.2345E-7', '-00.000', 'sNaN', '1 2']
for s in strings:
    show('str %r' % s, lambda: Decimal(s))

tuples = [(0, (1, 2), -1), (1, (), 0), (0, (0,), 5), (1, (1,), 'F'), (0, (), 'n'),
          (1, (1, 2), 'N'), (0, [1, 2], 3), (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'),
          (0, (1,), 1.0), [0, (1,), 1], (0, (1,)), (0, (0, 0, 1), 0), (True, (1,), 0)]
for tup in tuples:
    show('tuple %r' % (tup,), lambda: Decimal(tup))

for f in [1.5, 0.1, -0.0, float('inf'), float('-inf'), float('nan'), 1e22, 2.5e-5]:
    show('float %r' % f, lambda: Decimal(f))
    show('from_float %r' % f, lambda: Decimal.from_float(f))
for i in [0, -3, 2 ** 70, True]:
    show('int %r' % i, lambda: Decimal(i))
for bad in [1j, [1], None, b'1', {}]:
    show('bad %r' % (bad,), lambda: Decimal(bad))
show('from_float str', lambda: Decimal.from_float('3'))
show('context arg', lambda: Decimal('1.23', Context(prec=2)))
show('bad context', lambda: Decimal('1.23', 5))
show('default', lambda: Decimal())
show('keyword', lambda: Decimal(value='3.10'))
show('copy', lambda: Decimal(Decimal('-2.50')))

# str and repr, scientific rules
for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-5', '0.00123', '-1.23E-7', '0E+3',
          '0E-8', '-0.0', '1E+0', '5E-6', '5E-7', '1234567E-10', 'Infinity', '-NaN7', 'sNaN']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())
for s in ['9E2', '1E+1', '1E+2', '1E+3', '12E+4', '1E-7', '0E+1', '0E+2', '0E+3', '0E-7',
          '0E-8', '-0E+4', '123.456E-9', '4E+5', '0.000001']:
    print('eng', s, Decimal(s).to_eng_string())

# as_tuple / DecimalTuple / adjusted
for s in ['1.50', '-0', 'Infinity', '-NaN12', 'sNaN', '123E+5']:
    d = Decimal(s)
    print('tuple', s, d.as_tuple(), d.adjusted())
t = Decimal('3.14').as_tuple()
print(t.sign, t.digits, t.exponent, isinstance(t, tuple), DecimalTuple(0, (1,), -2))
print(Decimal(DecimalTuple(1, (4, 2), -1)))

# capitals affect str and repr
with localcontext() as ctx:
    ctx.capitals = 0
    print(str(Decimal('1E+10')), repr(Decimal('-2.5E-9')), Decimal('1E+5').to_eng_string())
print(str(Decimal('1E+10')))

# create_decimal rounds and checks NaN payloads
c = Context(prec=3)
for s in ['1.2345', '999.5', 'nan123', 'nan1234', '-0.00001234']:
    show('create %s' % s, lambda: c.create_decimal(s))
show('create int', lambda: c.create_decimal(123456))
show('create float', lambda: c.create_decimal(0.1))
show('from_float ctx', lambda: c.create_decimal_from_float(2.675))
show('from_float bad', lambda: c.create_decimal_from_float('1'))
show('huge exponent', lambda: Decimal('1e99999999999999999999'))


class MyDec(Decimal):
    pass


m = MyDec('1.25')
print(type(m).__name__, m, type(MyDec.from_float(0.5)).__name__, type(m + 1).__name__)
print(Decimal.__module__, Decimal.__name__, type(getcontext()).__name__)
