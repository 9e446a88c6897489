# A numeric report: int/float/complex methods, formatting and conversions.
import math

values = [0, 1, -1, 255, -256, 2**64 - 1, -(2**63), 10**20, 7]
for v in values:
    nbytes = max(1, (v.bit_length() + 8) // 8)
    b = v.to_bytes(nbytes, "big", signed=True)
    back = int.from_bytes(b, "big", signed=True)
    print(f"{v:>22} bl={v.bit_length():>2} bc={v.bit_count():>2} hex={hex(v):>20} "
          f"oct={oct(v)[:8]:>8} bytes={b.hex()} ok={back == v} ratio={v.as_integer_ratio()}")

for fn, args in [(int.to_bytes, (256, 1, "big")), (int.to_bytes, (-1, 1, "big")),
                 (int.to_bytes, (1, 1, "middle")), (int.from_bytes, ("ab", "big"))]:
    try:
        fn(*args)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2, "little"), (65).to_bytes(), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x10"), byteorder="big"))

floats = [0.1, 1.5, -2.75, 1e300, 3.0, 1 / 3, float("inf"), float("nan"), -0.0, 2.5e-8]
for f in floats:
    parts = [repr(f), f.hex() if math.isfinite(f) else "-", str(f.is_integer())]
    if math.isfinite(f):
        parts.append(str(f.as_integer_ratio()))
    print(" | ".join(parts))
for f in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]:
    print(f, round(f), round(f, 1), math.floor(f), math.ceil(f), math.trunc(f), int(f))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), float.fromhex("0x.8"))
for bad in ["0x1.8q", "nope"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
print(round(float("inf"), 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), type(round(5, 1)).__name__)

z = complex(3, -4)
print(z, abs(z), z.conjugate(), z.real, z.imag, z * 1j, z / 2, z ** 2, -z, +z)
print(complex("1+2j"), complex("-1.5e3j"), complex(" 2 "), complex(1, 2) == 1 + 2j, 1j ** 2)
for bad in ["1+2", "j1", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    complex(1, 2) < complex(2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    1 / complex(0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{z:.2f}|{z:>20}|{z:+.1e}|{complex(0, 1)!r}|{complex(-0.0, -0.0)}|{complex(1, float('nan'))}")

# integer formatting
n = 1234567
print(f"{n:,}|{n:_}|{n:_x}|{n:#x}|{n:#o}|{n:#b}|{n:010,}|{n:+}|{n: }|{-n:=+12}|{n:^15}|{n:*<12}")
print(f"{255:X}|{255:#X}|{65:c}|{n:e}|{n:.2%}|{n:g}|{10**16:g}|{n:n}")
print(format(3.14159, ".3"), format(1e-5, "g"), format(123456789.0, ".3g"), format(0.0001, ".1e"), format(1.0, "%"))
print(f"{1.5:.0f}|{2.5:.0f}|{-0.0:.1f}|{1e16:.2f}|{float('inf'):>6}|{float('nan'):+}|{1.23456789e-10:.3}")
print(f"{12.5:08.2f}|{-12.5:08.2f}|{12.5:<8}|{1234.5:,.2f}|{0.000012345:.2e}|{100:.2f}|{True:d}|{True}")
for spec in ["x", ".2f", ",", "c", "z", "+#o"]:
    for val in [10, 2.5, "s", -3]:
        try:
            res = format(val, spec)
        except (ValueError, TypeError, OverflowError) as e:
            res = f"{type(e).__name__}: {e}"
        print(f"format({val!r}, {spec!r}) = {res}")

print(int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), int("z", 36), int("-0o17", 0))
for bad in [("12a",), ("0x10", 10), ("1__0",), ("", 10), ("5", 1), ("5", 37)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError", e)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -3, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) if False else pow(-8, 3))
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100) % 1000)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print((-2) ** 0.5, 1e308 * 10, -1e308 * 10, 10 ** 20 / 3, 2 ** 0.5 == math.sqrt(2))
print(True + True, True * 3.5, -True, ~True, True & False, True | 2, 5 / True, hash(True) == hash(1))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(5), start=-10))
print(max(3, 1.5, 2, key=lambda v: -v), min([], default="empty"), max("abc", "b", key=len), abs(-3.5), abs(-7))
print(int.__name__, (5).numerator, (5).denominator, (2.5).real, (3).imag, (3).conjugate(), 1.5.conjugate())
print(1 < 2.0 < 3, 1 == 1.0 == True, 2 ** 53 + 1 == float(2 ** 53 + 1), 10**400 > 1e308, float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(7.0 // 2, 7 / 2, -7 / 2, 1e22 // 1, 3 * 1.1, 0.1 + 0.2, 1 - 0.9, 100.0, 1e100, 1.0e-4, 0.0001 / 10)
