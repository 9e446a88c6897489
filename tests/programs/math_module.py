# math: constants, float functions, domain/range errors, exact integer functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-2.7), math.fabs(-3), math.copysign(2, -0.0), math.hypot(3, 4))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000))
print(math.exp(0), math.exp(1), math.pow(2, 10), math.pow(2.5, 2))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2**100, 2**60 * 3), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.comb(10, 3), math.perm(5, 2), math.comb(5, 7), math.isqrt(99), math.isqrt(10**30))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(-3.25), math.fmod(7, 3))
print(math.floor(10**20), math.ceil(5), type(math.floor(2.5)).__name__)
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.exp(1000)",
             "math.factorial(-1)", "math.factorial(2.5)", "math.floor('a')",
             "math.isqrt(-1)", "math.acos(2)", "math.pow(0, -1)", "math.fmod(1, 0)",
             "math.ceil(math.inf)", "math.floor(math.nan)", "math.comb(3, -1)", "math.gcd(2.5, 1)"]:
    try:
        print(eval_result := None)
        r = {"math.sqrt(-1)": lambda: math.sqrt(-1), "math.log(0)": lambda: math.log(0),
             "math.log(-1)": lambda: math.log(-1), "math.exp(1000)": lambda: math.exp(1000),
             "math.factorial(-1)": lambda: math.factorial(-1), "math.factorial(2.5)": lambda: math.factorial(2.5),
             "math.floor('a')": lambda: math.floor('a'), "math.isqrt(-1)": lambda: math.isqrt(-1),
             "math.acos(2)": lambda: math.acos(2), "math.pow(0, -1)": lambda: math.pow(0, -1),
             "math.fmod(1, 0)": lambda: math.fmod(1, 0), "math.ceil(math.inf)": lambda: math.ceil(math.inf),
             "math.floor(math.nan)": lambda: math.floor(math.nan), "math.comb(3, -1)": lambda: math.comb(3, -1),
             "math.gcd(2.5, 1)": lambda: math.gcd(2.5, 1)}[expr]()
        print(expr, r)
    except (ValueError, TypeError, OverflowError) as e:
        print(expr, type(e).__name__, e)
