# inf and nan: construction, arithmetic, comparison, formatting, hashing.
import math
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(-nan), str(float('-nan')))
print(float('INF'), float('-Infinity'), float('iNfInItY'), float('NaN'), float('+nan'))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan)
print(max(1.0, nan), max(nan, 1.0), min(1.0, nan), min(nan, 1.0))
print(sorted([3.0, 1.0, 2.0]), [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = nan
print(x is x, [x] == [x], x in [x], x == x)
print(math.isinf(inf), math.isnan(nan), math.isfinite(inf), math.isfinite(1.0))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0) == hash(0))
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(10**20 * 1.0) == hash(10**20))
print(inf % 2 if False else 'skip', math.fmod(5.0, inf), 5.0 % inf, -5.0 % inf)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(format(inf, 'f'), format(-inf, 'e'), format(nan, 'g'), format(inf, '%'), format(nan, '>6'))
print(format(inf, 'F'), format(nan, 'E'), format(inf, '+'), format(nan, '+'), format(-nan, 'f'))
print('%f %e %g %r' % (inf, -inf, nan, inf), f'{inf:08.2f}', f'{nan:x<7}')
print(inf.hex(), nan.hex(), inf.is_integer(), round(inf) if False else 'r')
for f in [lambda: round(inf), lambda: round(nan), lambda: int(inf), lambda: inf.as_integer_ratio(), lambda: math.floor(nan), lambda: math.ceil(-inf)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 2), round(-inf, -2))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), repr(-0.0 + 0.0), repr(-0.0 * 1), repr(0.0 * -1))
print(math.atan2(0.0, -0.0) > 0, str(-0.0), format(-0.0, '.1f'), format(-0.0, 'z.1f'), format(-0.001, 'z.1f'))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(float('1e309'), float('-1e400'), float('1e-400'))
print(sum([inf, -inf]), sum([1e308, 1e308]), math.fsum([inf, 1.0]))
