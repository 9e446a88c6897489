# printf-style %-formatting.
print('%s|%r|%d|%i' % ('str', 'str', 42, -7))
print('%5d|%-5d|%05d|%+d|% d|%+5d' % (42, 42, 42, 42, 42, -42))
print('%05.2f|%.3f|%8.3f|%-8.1f|%f' % (3.14159, 2.5, -1.0, 9.99, 1 / 3))
print('%x|%X|%#x|%#X|%o|%#o|%08x' % (255, 255, 255, 255, 8, 8, 3054))
print('%e|%E|%.2e|%10.1e' % (12345.678, 0.000123, 1e100, -5.5))
print('%g|%g|%g|%g|%G|%.3g|%#g' % (100000, 1000000, 0.0001, 0.00001, 1e-10, 3.14159, 2.0))
print('%%|%d%%|100%%' % (50,))
print('%s' % [1, 2], '%s' % ((1, 2),), '%s %s' % (1, 2), '%s' % {'a': 1})
print('%(name)s is %(age)d years' % {'name': 'Bob', 'age': 30})
print('%c%c%c' % (72, 'i', 33), '%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%d' % 3.99, '%d' % -3.99, '%s' % 3.0, '%r' % 1.5, '%d' % True, '%s' % None)
print('%x' % -255, '%o' % -8, '%d' % (2 ** 80), '%x' % (2 ** 70))
print('%r' % "it's", '%r' % 'a"b', '%a' % 'é')
print('%10.4s|' % 'abcdefgh', '%-10r|' % 'x')
print('%s and %s' % ('a', 'b'), 'no args' % ())
print('%.0f %.1f %.2f' % (2.5, 0.25, 1.005))
print('%i%s' % (1, 'st'), '%5.1f%%' % 99.5)
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    '%(k)s' % {}
except KeyError as e:
    print(type(e).__name__, repr(e))
