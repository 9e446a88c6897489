# Fraction.__format__ (3.12 float-style presentation types) and str/repr.
from fractions import Fraction as F

vals = [F(1, 3), F(-2, 3), F(0), F(123456789, 7), F(1, 10**30), F(5, 2), F(-1, 200),
        F(10**25), F(999999, 1000000), F(-1234, 7), F(1, 8), F(-7, 2), F(15, 1000),
        F(99995, 10), F(1, 1024)]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.0f', '.2f', '.0e', '.3e', '.0g', '.1g',
         '.3g', '#.0f', '#.0e', '#g', '#.3g', '+f', '-f', ' f', 'z.1f', '015.3f', '_^20.2f',
         '*<15e', '=+12.2f', '012,.1f', '0=10.2f', '>10g', '10.3%', '.0%', ',f', '_.3f',
         'x<-12,.4G', '#.0%', '=10f', '020,f', '07.3f', 'z,.0f', '+.2e', '.30g', '.10g',
         '#.10g', '0f', '00f', '0=14,.2f', '014,.2f', 'x=14,.2f', '0<14,.2f', '1=10.2f',
         '\n>10f', '{>10f', ' 015,.3G', '#0.0f', '012.3E', '.0%', 'z+.0f', ' z.2%', '^+9.1e',
         '#.2g', '#.1g', '.50f', '0.0e', '30_.2f', '+#08.0e']
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append('EXC %s %s' % (type(e).__name__, e))
    print(repr(s), out)

bad = ['010', '.5', ',', '0>10', '10', '>10', 'd', 'x', 'n', 's', '00010f', '<010.2f',
       '>010.2f', '^010.2f', '=010.2f', '.f', '1.f', 'f%', 'ff', 'z+#012,.3e',
       '-#z012_.0%', '+0=15,g', ',_f', '_,f', ' ', 'ef', '.-1f', '+-f']
for s in bad:
    try:
        print(repr(s), format(F(1, 3), s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for v in [F(3, 4), F(-5), F(0), F(10**20 + 1, 10**10)]:
    print(str(v), repr(v), '%s|%r' % (v, v), f'{v}|{v!r}|{v:.3f}|{v:>12.2e}')
print('{:,.2f}'.format(F(-1234567891, 100)), '{0:_^+16.3%}'.format(F(1, 7)))
print(format(F(1, 3), '.100f'))
print(format(F(2, 3), '.60e'))
