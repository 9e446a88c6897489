# math.erfc, gamma and lgamma away from their special points. pyrs computes them with musl's
# algorithms (crate libm); CPython 3.12 uses glibc's erfc and its own Lanczos gamma/lgamma,
# so some results differ in the last digit.
import math

xs = [0.1, 0.5, 1.5, 2.0, 2.5, 3.3, 5.0, 6.5, 10.0, 27.5, -0.5, -1.5, -2.7, -10.2, 1e-10,
      100.0, 170.5, 0.9999, -1.0]
for x in xs:
    row = [repr(math.erfc(x))]
    for f in (math.gamma, math.lgamma):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(x, *row)
print(math.lgamma(171.7))
