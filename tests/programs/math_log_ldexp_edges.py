# math: poles of log2/log10/log1p/atanh are domain errors, ldexp rounds once into the subnormals, logs of huge ints.
import math
for f in (lambda: math.log2(0), lambda: math.log10(0.0), lambda: math.atanh(1), lambda: math.atanh(-1), lambda: math.log1p(-1),
          lambda: math.ldexp(1, -1074), lambda: math.ldexp(1, -1075), lambda: math.ldexp(3, -1076), lambda: math.ldexp(0.75, -1073),
          lambda: math.ldexp(1.5, 1023), lambda: math.ldexp(1, 1024), lambda: math.ldexp(-2.5, 10), lambda: math.ldexp(5e-324, 1074),
          lambda: math.log10(10**400), lambda: math.log2(2**5000), lambda: math.log2(-(2**5000)), lambda: math.log10(1000), lambda: math.log2(8),
          lambda: math.exp(1000), lambda: math.log2(-1), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1.0, -10**30)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
