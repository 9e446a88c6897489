# Random +, -, *, quantize and str of Decimals and ints near the edges the native paths
# test (64-bit coefficients, the precision, the exponent range, every rounding mode), in
# several contexts, with the flags each operation leaves.
import random
import decimal
from decimal import Decimal as D, Context, localcontext

rng = random.Random(1234)
MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
         decimal.ROUND_05UP]


def number():
    kind = rng.random()
    if kind < 0.1:
        return rng.choice([0, 1, -1, 2**63 - 1, -(2**63 - 1), 2**63, 10**18, 10**19 - 1])
    digits = rng.choice([1, 2, 3, 5, 9, 17, 18, 19, 20, 25])
    coef = rng.randrange(10 ** digits)
    if kind < 0.3:
        return coef * rng.choice([1, -1])
    expo = rng.randint(-25, 25)
    sign = rng.choice(['', '-'])
    return D(f'{sign}{coef}E{expo}')


def flags(c):
    return ''.join(k.__name__[0] for k, v in c.flags.items() if v)


def run(label, f):
    try:
        r = f()
    except decimal.DecimalException as e:
        return f'{label}!{type(e).__name__}'
    except TypeError as e:
        return f'{label}!TypeError'
    return f'{label}={r}'


for round_no in range(30):
    prec = rng.choice([1, 2, 5, 9, 18, 19, 28, 40])
    emax = rng.choice([5, 30, 999999])
    traps = rng.choice([[], [decimal.Inexact], [decimal.Rounded], None])
    mode = rng.choice(MODES)
    ctx = Context(prec=prec, rounding=mode, Emin=-emax, Emax=emax,
                  **({} if traps is None else {'traps': traps}))
    out = []
    with localcontext(ctx) as c:
        for _ in range(10):
            a, b = number(), number()
            if not isinstance(a, D):
                a, b = b, a
            if not isinstance(a, D):
                a = D(a)
            q = D(f'1E{rng.randint(-8, 8)}')
            out.append(run('+', lambda: a + b))
            out.append(run('r+', lambda: b + a))
            out.append(run('-', lambda: a - b))
            out.append(run('r-', lambda: b - a))
            out.append(run('*', lambda: a * b))
            out.append(run('r*', lambda: b * a))
            out.append(run('q', lambda: a.quantize(q)))
            out.append(run('cq', lambda: c.quantize(a, q)))
            out.append(run('s', lambda: str(a)))
            out.append(flags(c))
            c.clear_flags()
    print(round_no, prec, emax, mode, ' '.join(out))
