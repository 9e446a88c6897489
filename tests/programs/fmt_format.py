# str.format and format() specs.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print('{} {} {}'.format(1, 'a', 2.5))
print('{0} {1} {0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{0[1]} {k[z]}'.format([5, 6], k={'z': 'Z'}))
print('{0.x} {0.items[1]} {p.x}'.format(p, p=p))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'))
print('{:*<8}|{:*>8}|{:*^8}|{:0>5}|{:=+8}|'.format('ab', 'ab', 'ab', 7, 42))
print('{:,}|{:_}|{:,.2f}|{:_x}|{:_b}'.format(1234567, 1234567, 1234567.891, 0xFFFFFF, 255))
print('{:+.3f}|{:e}|{:g}|{:%}|{:.1%}'.format(3.14159, 31415.9, 0.00001234, 0.25, 0.3333))
print('{:x}|{:X}|{:#x}|{:#b}|{:o}|{:#o}|{:b}|{:08b}'.format(255, 255, 255, 5, 8, 8, 10, 10))
print('{0!r}|{1!s}|{2!a}|{0!r:>8}'.format('hi', 'hi', 'é'))
print('{:{w}}|{:{w}.{p}f}|{:>{w}}'.format('a', 3.14159, 'b', w=7, p=2))
print('{{literal}} {}'.format('x'), '{}{{'.format(1), '}}{}'.format(2))
print(format(42), format(42, 'd'), format(42, '5'), format('s', '5') + '|', format(42, '<5') + '|')
print(format(-42, '05'), format(42, '+'), format(-42, ' '), format(42, ' '), format(3, 'c') == chr(3))
print(format(True), format(True, 'd'), format(None), format([1, 2]), format('x', '^3'))
print('{:d}|{:5d}|{:<5d}|{:^5d}|{:05d}|{:-d}'.format(1, 2, 3, 4, -5, 6))
print('{:.3}|{:.0}|{:10.3}|'.format('abcdef', 'xyz', 'hello'))
print('{:,d}|{:,}|{:_}'.format(-1000000, 10 ** 20, -12345.5))
print('{0:{1}}|{0:{2}}'.format(12.5, '>8', '<8'))
print('{:#X}|{:#08x}|{:>#8o}'.format(3054, 255, 8))
print('{:n}|{:s}'.format(1234, 'str'))
print('{0}{1}{0}'.format('ab', 'cd'), '{}'.format((1, 2)), '{}'.format({'k': 1}))
print('{:>6.2%}|{:<7.1e}|{:^9.3g}|'.format(0.5, 123.456, 0.000123456))
print('{:=^20}'.format(' centered '), '{:-<12}'.format('left'))
for spec, arg in [('{:d}', 'x'), ('{:s}', 3), ('{}{}', 1), ('{0}{}', 1), ('{:,s}', 'a'), ('{:z}', 3)]:
    try:
        print(spec.format(arg))
    except (ValueError, IndexError, TypeError) as e:
        print(spec, type(e).__name__, e)
try:
    '{missing}'.format()
except KeyError as e:
    print(type(e).__name__, repr(e))
