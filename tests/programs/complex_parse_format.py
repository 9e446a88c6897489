# complex(str) parsing and errors, and format specs.
for s in ['1+2j', '1-2j', ' 3j ', '-3J', '(1+2j)', ' ( -1.5e3-2.5e-3j ) ', 'j', '-j', '+j', '5',
          '1e1+1e1j', 'inf+nanj', '-infj', 'NaN', '1_000+2_0j', '0x1', '1+j', '1 + 2j', '1+2jj',
          '', '()', '(1+2j', '1+2i', 'j1', '1+2j+3', '--1', '1e+', '1__0j']:
    try:
        print(repr(s), '->', complex(s))
    except Exception as e:
        print(repr(s), '->', type(e).__name__, e)
for a, b in [('1', 2), (1, '2'), (None, 1), ([1], 0)]:
    try:
        print(complex(a, b))
    except Exception as e:
        print(type(e).__name__, e)
z = 3.14159 - 2.5j
for spec in ['', 'g', '.2f', '10.1f', '<20', '>20', '^20', '*^24.3f', '+', '+.1e', ' ', 'e',
             'E', 'G', '.3g', '.0f', ',.2f', '_.1f', '020.2f' if False else '20.2f', 'z.1f']:
    try:
        print(repr(spec), '[' + format(z, spec) + ']')
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for w in [0j, -0j, 1j, 10 + 0j, 1e20 + 1j, complex(-0.0, 1.0)]:
    print(repr(w), format(w, ''), format(w, 'g'), format(w, '.1f'))
for spec in ['=10', '010', 'd', '%', 'n' if False else 'x', 'c']:
    try:
        print(repr(spec), format(z, spec))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print(f'{z}', f'{z!r}', f'{z:.1f}', '%s' % z, '{:.2}'.format(1+1j), str(z))
try:
    print('%f' % z)
except Exception as e:
    print(type(e).__name__, e)
