//! Integer and float semantics: arithmetic, big-int promotion, parsing, hashing, repr, rounding.

mod common;
use common::{check_errors, check_reprs};

/// Operators on small ints, including floor division and modulo signs.
#[test]
fn small_int_arithmetic() {
    check_reprs(
        "",
        &[
            ("1 + 2", "3"),
            ("7 - 10", "-3"),
            ("6 * 7", "42"),
            ("7 / 2", "3.5"),
            ("-7 / 2", "-3.5"),
            ("6 / 3", "2.0"),
            ("7 // 2", "3"),
            ("-7 // 2", "-4"),
            ("7 // -2", "-4"),
            ("-7 // -2", "3"),
            ("7 % 3", "1"),
            ("-7 % 3", "2"),
            ("7 % -3", "-2"),
            ("-7 % -3", "-1"),
            ("0 % 5", "0"),
            ("-6 % 3", "0"),
            ("divmod(-7, 2)", "(-4, 1)"),
            ("divmod(7, -2)", "(-4, -1)"),
            ("divmod(-7, -2)", "(3, -1)"),
            ("2 ** 10", "1024"),
            ("2 ** -1", "0.5"),
            ("(-2) ** 3", "-8"),
            ("0 ** 0", "1"),
            ("-2 ** 2", "-4"),
            ("10 ** -2", "0.01"),
            ("~5", "-6"),
            ("~-1", "0"),
            ("5 & 3", "1"),
            ("5 | 3", "7"),
            ("5 ^ 3", "6"),
            ("-5 & 0xFF", "251"),
            ("-5 | 2", "-5"),
            ("-5 ^ -3", "6"),
            ("True + True", "2"),
            ("True * 3", "3"),
            ("True / 2", "0.5"),
            ("abs(-5)", "5"),
            ("-(-5)", "5"),
            ("+7", "7"),
            ("(255).bit_length()", "8"),
            ("(-256).bit_length()", "9"),
            ("(0).bit_length()", "0"),
            ("(7).bit_count()", "3"),
            ("(-1).bit_count()", "1"),
            ("1_000", "1000"),
            ("0b1010 + 0o17 + 0xfF", "280"),
        ],
    );
}

/// Results that leave the i64 range become big ints, and come back.
#[test]
fn promotion_at_i64_boundary() {
    check_reprs(
        "",
        &[
            ("9223372036854775807 + 1", "9223372036854775808"),
            ("(-9223372036854775807 - 1) - 1", "-9223372036854775809"),
            ("-(-9223372036854775807 - 1)", "9223372036854775808"),
            ("(-9223372036854775807 - 1) // -1", "9223372036854775808"),
            ("(-9223372036854775807 - 1) % -1", "0"),
            (
                "divmod((-9223372036854775807 - 1), -1)",
                "(9223372036854775808, 0)",
            ),
            ("abs((-9223372036854775807 - 1))", "9223372036854775808"),
            ("(-9223372036854775807 - 1) * -1", "9223372036854775808"),
            ("-1 * (-9223372036854775807 - 1)", "9223372036854775808"),
            ("(-9223372036854775807 - 1) // 1", "-9223372036854775808"),
            ("2 ** 63", "9223372036854775808"),
            ("(-2) ** 63", "-9223372036854775808"),
            ("(-2) ** 64", "18446744073709551616"),
            ("2 ** 64 - 1", "18446744073709551615"),
            ("2 ** 62 + 2 ** 62", "9223372036854775808"),
            ("3037000500 * 3037000500", "9223372037000250000"),
            ("-3037000500 * 3037000500", "-9223372037000250000"),
            ("9223372036854775807 * 2", "18446744073709551614"),
            ("9223372036854775807 + 1 - 1", "9223372036854775807"),
            ("type(9223372036854775807 + 1 - 1)", "<class 'int'>"),
            ("(2 ** 64) // (2 ** 32)", "4294967296"),
            ("(2 ** 64) % 1000", "616"),
            ("-(2 ** 64) // 3", "-6148914691236517206"),
            ("-(2 ** 64) % 7", "5"),
            ("(2 ** 64) % -7", "-5"),
            ("divmod(-(2 ** 70), 12345)", "(-95633181103070985, 6401)"),
            ("2 ** 63 == 9223372036854775808", "True"),
            ("-(2 ** 63) == (-9223372036854775807 - 1)", "True"),
            ("2 ** 64 > 2 ** 63", "True"),
            ("-(2 ** 64) < -(2 ** 63)", "True"),
            ("18446744073709551616", "18446744073709551616"),
            ("0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695"),
            ("-0x8000000000000000", "-9223372036854775808"),
            ("10 ** 30 // 10 ** 28", "100"),
            ("10 ** 30 / 10 ** 28", "100.0"),
            ("2 ** 1000 / 2 ** 999", "2.0"),
            ("float(2 ** 63)", "9.223372036854776e+18"),
            ("int(1e20)", "100000000000000000000"),
            ("int(-1e19)", "-10000000000000000000"),
            ("2 ** 64 * 0.5", "9.223372036854776e+18"),
            ("abs(-(2 ** 70))", "1180591620717411303424"),
            ("~(2 ** 64)", "-18446744073709551617"),
            ("-(2 ** 64) & 0xFFFF", "0"),
            ("(2 ** 64) | 1", "18446744073709551617"),
            ("(2 ** 64) ^ (2 ** 64)", "0"),
            ("bool(2 ** 64)", "True"),
            ("str(2 ** 100)", "'1267650600228229401496703205376'"),
            ("(2 ** 64).bit_length()", "65"),
            ("(-9223372036854775807 - 1).bit_length()", "64"),
            ("sum([2 ** 62, 2 ** 62])", "9223372036854775808"),
            ("max(2 ** 64, 1)", "18446744073709551616"),
            ("min(-(2 ** 64), 1)", "-18446744073709551616"),
            (
                "(2 ** 64 + 1) * (2 ** 64 - 1)",
                "340282366920938463463374607431768211455",
            ),
            (
                "3 ** 100",
                "515377520732011331036461129765621272702107522001",
            ),
            ("(10 ** 20) ** 2 // 10 ** 39", "10"),
            ("2 ** 200 - 2 ** 200 + 5", "5"),
        ],
    );
}

/// Left and right shifts of small and big ints past 64 bits.
#[test]
fn shifts_across_64_bits() {
    check_reprs(
        "",
        &[
            ("1 << 62", "4611686018427387904"),
            ("1 << 63", "9223372036854775808"),
            ("1 << 64", "18446744073709551616"),
            ("1 << 100", "1267650600228229401496703205376"),
            ("-1 << 63", "-9223372036854775808"),
            ("-1 << 64", "-18446744073709551616"),
            ("3 << 62", "13835058055282163712"),
            ("0x7FFFFFFFFFFFFFFF << 1", "18446744073709551614"),
            ("(1 << 64) >> 64", "1"),
            ("(1 << 64) >> 1", "9223372036854775808"),
            ("-(1 << 64) >> 3", "-2305843009213693952"),
            ("(2 ** 100) >> 200", "0"),
            ("-(2 ** 100) >> 200", "-1"),
            ("-1 >> 100", "-1"),
            ("1 >> 100", "0"),
            ("1 >> 64", "0"),
            ("-5 >> 1", "-3"),
            ("5 >> 1", "2"),
            ("0 << 1000", "0"),
            ("(-9223372036854775807 - 1) >> 63", "-1"),
            ("(-9223372036854775807 - 1) >> 64", "-1"),
            ("(2 ** 65 + 3) >> 1", "18446744073709551617"),
            ("-(2 ** 65 + 3) >> 1", "-18446744073709551618"),
        ],
    );
}

/// Negative shift counts and too-large shifts.
#[test]
fn shift_errors() {
    check_errors(&[
        ("1 << -1", "ValueError: negative shift count"),
        ("1 >> -1", "ValueError: negative shift count"),
        ("(2 ** 64) << -1", "ValueError: negative shift count"),
    ]);
}

/// Three-argument pow, including negative exponents (modular inverse).
#[test]
fn pow_with_modulus() {
    check_reprs(
        "",
        &[
            ("pow(2, 10, 1000)", "24"),
            ("pow(3, 200, 1000000007)", "136318165"),
            ("pow(2, -1, 7)", "4"),
            ("pow(-3, 3, 7)", "1"),
            ("pow(3, 3, -7)", "-1"),
            ("pow(2 ** 70, 3, 10 ** 9 + 7)", "431750151"),
            ("pow(5, 0, 1)", "0"),
            ("pow(0, 0, 5)", "1"),
            ("pow(38, -1, 97)", "23"),
            ("pow(2, 100, 2 ** 64)", "0"),
            ("pow(2, 0.5)", "1.4142135623730951"),
            ("pow(2, 3)", "8"),
            ("pow(2, -2)", "0.25"),
        ],
    );
}

/// Invalid three-argument pow calls.
#[test]
fn pow_errors() {
    check_errors(&[
        (
            "pow(2, -1, 4)",
            "ValueError: base is not invertible for the given modulus",
        ),
        ("pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0"),
        (
            "pow(2.0, 3, 5)",
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
        ),
        (
            "pow(2, 3.0, 5)",
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
        ),
    ]);
}

/// int() from strings: signs, whitespace, underscores, bases and prefixes.
#[test]
fn int_parsing() {
    check_reprs(
        "",
        &[
            ("int('42')", "42"),
            (r"int('  -42\n')", "-42"),
            (r"int('\t+7 ')", "7"),
            ("int('1_000_000')", "1000000"),
            ("int('0x1f', 16)", "31"),
            ("int('1f', 16)", "31"),
            ("int('0x1f', 0)", "31"),
            ("int('0o17', 0)", "15"),
            ("int('0b101', 0)", "5"),
            ("int('0B101', 2)", "5"),
            ("int('z', 36)", "35"),
            ("int('ZZ', 36)", "1295"),
            ("int('-0b11', 0)", "-3"),
            ("int('1_0', 0)", "10"),
            ("int('0_0')", "0"),
            ("int('0', 0)", "0"),
            ("int('00', 0)", "0"),
            ("int('00')", "0"),
            ("int('٣')", "3"),
            ("int('９')", "9"),
            ("int('10', 2)", "2"),
            ("int('777', 8)", "511"),
            ("int('9' * 30)", "999999999999999999999999999999"),
            ("int('-9223372036854775808')", "-9223372036854775808"),
            ("int('9223372036854775808')", "9223372036854775808"),
            ("int(3.99)", "3"),
            ("int(-3.99)", "-3"),
            ("int(True)", "1"),
            ("int()", "0"),
            ("int(' 0x_1f ', 16)", "31"),
            ("int(2 ** 70)", "1180591620717411303424"),
            ("int(1e18)", "1000000000000000000"),
        ],
    );
}

/// int() rejects malformed text with CPython's messages.
#[test]
fn int_parsing_errors() {
    check_errors(&[("int('1__0')", "ValueError: invalid literal for int() with base 10: '1__0'"),
("int('_1')", "ValueError: invalid literal for int() with base 10: '_1'"),
("int('1_')", "ValueError: invalid literal for int() with base 10: '1_'"),
("int('')", "ValueError: invalid literal for int() with base 10: ''"),
("int('  ')", "ValueError: invalid literal for int() with base 10: '  '"),
("int('0x1f')", "ValueError: invalid literal for int() with base 10: '0x1f'"),
("int('12', 1)", "ValueError: int() base must be >= 2 and <= 36, or 0"),
("int('12', 37)", "ValueError: int() base must be >= 2 and <= 36, or 0"),
("int('010', 0)", "ValueError: invalid literal for int() with base 0: '010'"),
("int(1.5, 10)", "TypeError: int() can't convert non-string with explicit base"),
("int(float('inf'))", "OverflowError: cannot convert float infinity to integer"),
("int(float('nan'))", "ValueError: cannot convert float NaN to integer"),
("int(None)", "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"),
("int('1e5')", "ValueError: invalid literal for int() with base 10: '1e5'"),
("int('1.5')", "ValueError: invalid literal for int() with base 10: '1.5'"),
("int('2', 2)", "ValueError: invalid literal for int() with base 2: '2'"),
("int('١x')", "ValueError: invalid literal for int() with base 10: '١x'"),
("int('- 1')", "ValueError: invalid literal for int() with base 10: '- 1'"),
("int('1' * 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"),]);
}

/// hash() of ints uses CPython's modulus 2**61 - 1 (and -1 maps to -2).
#[test]
fn int_hash_matches_cpython() {
    check_reprs(
        "",
        &[
            ("hash(1)", "1"),
            ("hash(-1)", "-2"),
            ("hash(-2)", "-2"),
            ("hash(0)", "0"),
            ("hash(2 ** 61 - 1)", "0"),
            ("hash(2 ** 61)", "1"),
            ("hash(2 ** 61 - 2)", "2305843009213693950"),
            ("hash(-(2 ** 61))", "-2"),
            ("hash(2 ** 63)", "4"),
            ("hash(-(2 ** 63))", "-4"),
            ("hash(2 ** 100)", "549755813888"),
            ("hash(-(2 ** 100))", "-549755813888"),
            ("hash(9223372036854775807)", "3"),
            ("hash((-9223372036854775807 - 1))", "-4"),
            ("hash(10 ** 30)", "465258685558744706"),
            ("hash(True)", "1"),
            ("hash(False)", "0"),
            ("hash(-(2 ** 61) - 1)", "-2"),
            ("hash(2 ** 122 - 1)", "0"),
        ],
    );
}

/// hash() of floats agrees with ints of equal value and with CPython.
#[test]
fn float_hash_matches_cpython() {
    check_reprs(
        "",
        &[
            ("hash(1.0)", "1"),
            ("hash(1.5)", "1152921504606846977"),
            ("hash(-1.0)", "-2"),
            ("hash(-1.5)", "-1152921504606846977"),
            ("hash(0.1)", "230584300921369408"),
            ("hash(-0.0)", "0"),
            ("hash(float('inf'))", "314159"),
            ("hash(float('-inf'))", "-314159"),
            ("hash(1e100)", "1822893315824342674"),
            ("hash(2.0 ** 70) == hash(2 ** 70)", "True"),
            ("hash(0.5)", "1152921504606846976"),
            ("hash(1e-300)", "482449582752280463"),
            ("hash(123456.789)", "1819310134279660096"),
            ("hash(2.0 ** 61)", "1"),
            ("hash(-(2.0 ** 63))", "-4"),
        ],
    );
}

/// The shortest repr that round-trips, and the switch to exponent notation.
#[test]
fn float_repr() {
    check_reprs(
        "",
        &[
            ("0.1", "0.1"),
            ("0.1 + 0.2", "0.30000000000000004"),
            ("1e16", "1e+16"),
            ("1e15", "1000000000000000.0"),
            ("123456789012345678.0", "1.2345678901234568e+17"),
            ("1e-5", "1e-05"),
            ("0.0001", "0.0001"),
            ("5e-324", "5e-324"),
            ("1.7976931348623157e+308", "1.7976931348623157e+308"),
            ("-0.0", "-0.0"),
            ("float('inf')", "inf"),
            ("float('-inf')", "-inf"),
            ("float('nan')", "nan"),
            ("-float('nan')", "nan"),
            ("1/3", "0.3333333333333333"),
            ("2/3", "0.6666666666666666"),
            ("1e22", "1e+22"),
            ("1.5e300 * 1.5e300", "inf"),
            ("100.0", "100.0"),
            ("1e100", "1e+100"),
            ("-1.5", "-1.5"),
            ("float('1_000.5')", "1000.5"),
            ("float(' 1.5 ')", "1.5"),
            ("float('-Infinity')", "-inf"),
            ("float('nan ')", "nan"),
            ("float('1e-400')", "0.0"),
            ("float('.5')", "0.5"),
            ("float('5.')", "5.0"),
            ("str(1e16)", "'1e+16'"),
            ("str(0.1)", "'0.1'"),
            ("repr(3.0)", "'3.0'"),
            ("2.5e-5", "2.5e-05"),
            ("9007199254740993.0", "9007199254740992.0"),
            ("float(10 ** 20)", "1e+20"),
            ("float(2 ** 53 + 1)", "9007199254740992.0"),
            ("1e16 + 1", "1e+16"),
            ("2.0 ** -1074", "5e-324"),
            ("2.0 ** 1023", "8.98846567431158e+307"),
            ("0.1 * 3", "0.30000000000000004"),
            ("1e308 * 10", "inf"),
            ("-1e308 * 10", "-inf"),
            ("float('inf') - float('inf')", "nan"),
            ("float('inf') * 0", "nan"),
            ("1 / 10 ** 400", "0.0"),
            ("(1.5).as_integer_ratio()", "(3, 2)"),
            (
                "(0.1).as_integer_ratio()",
                "(3602879701896397, 36028797018963968)",
            ),
            ("(3.0).is_integer()", "True"),
            ("7.0 // 0.5", "14.0"),
            ("2 ** 0.5", "1.4142135623730951"),
            ("4 ** 0.5", "2.0"),
            ("3 * 1.5", "4.5"),
            ("float(True)", "1.0"),
            ("float('1E5')", "100000.0"),
            ("12345678901234567890.0", "1.2345678901234567e+19"),
            ("0.000123456789", "0.000123456789"),
            ("1e-7", "1e-07"),
            ("123e-10", "1.23e-08"),
        ],
    );
}

/// Division by zero, overflow and bad conversions.
#[test]
fn float_arithmetic_errors() {
    check_errors(&[
        ("1.0 / 0", "ZeroDivisionError: float division by zero"),
        ("1 / 0", "ZeroDivisionError: division by zero"),
        (
            "1.0 // 0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("1.0 % 0", "ZeroDivisionError: float modulo"),
        ("divmod(1.0, 0)", "ZeroDivisionError: float divmod()"),
        (
            "1 // 0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("1 % 0", "ZeroDivisionError: integer modulo by zero"),
        (
            "divmod(1, 0)",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "0.0 ** -1",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        (
            "10.0 ** 400",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        (
            "2.0 ** 10000",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        (
            "float('abc')",
            "ValueError: could not convert string to float: 'abc'",
        ),
        (
            "float('')",
            "ValueError: could not convert string to float: ''",
        ),
        (
            "2 ** 10000 * 1.0",
            "OverflowError: int too large to convert to float",
        ),
        (
            "float(2 ** 1024)",
            "OverflowError: int too large to convert to float",
        ),
        (
            "10 ** 400 / 1",
            "OverflowError: integer division result too large for a float",
        ),
        (
            "round(float('inf'))",
            "OverflowError: cannot convert float infinity to integer",
        ),
        (
            "round(float('nan'))",
            "ValueError: cannot convert float NaN to integer",
        ),
        (
            "int(1e400)",
            "OverflowError: cannot convert float infinity to integer",
        ),
        (
            "float([])",
            "TypeError: float() argument must be a string or a real number, not 'list'",
        ),
        (
            "int(float('-inf'))",
            "OverflowError: cannot convert float infinity to integer",
        ),
    ]);
}

/// round() uses banker's rounding and honours ndigits (negative too).
#[test]
fn round_half_even() {
    check_reprs(
        "",
        &[
            ("round(0.5)", "0"),
            ("round(1.5)", "2"),
            ("round(2.5)", "2"),
            ("round(-0.5)", "0"),
            ("round(-1.5)", "-2"),
            ("round(-2.5)", "-2"),
            ("round(2.675, 2)", "2.67"),
            ("round(1.25, 1)", "1.2"),
            ("round(1.35, 1)", "1.4"),
            ("round(0.125, 2)", "0.12"),
            ("round(0.375, 2)", "0.38"),
            ("round(123.456, -1)", "120.0"),
            ("round(125, -1)", "120"),
            ("round(135, -1)", "140"),
            ("round(-125, -1)", "-120"),
            ("round(5, -1)", "0"),
            ("round(15, -1)", "20"),
            ("round(1234, -2)", "1200"),
            ("round(2.5, 0)", "2.0"),
            ("round(-0.4)", "0"),
            ("type(round(2.5))", "<class 'int'>"),
            ("type(round(2.5, 0))", "<class 'float'>"),
            ("round(1e300, 2)", "1e+300"),
            ("round(7, 2)", "7"),
            ("round(0.5 + 1e-16)", "1"),
            ("round(2 ** 70 + 5, -1)", "1180591620717411303430"),
            ("round(3.14159, 3)", "3.142"),
            ("round(123.456, -5)", "0.0"),
            ("round(float('inf'), 2)", "inf"),
            ("round(-0.0)", "0"),
            ("round(-0.0, 1)", "-0.0"),
            ("round(1.5, None)", "2"),
            ("round(True)", "1"),
            ("round(0.49999999999999994)", "0"),
            ("round(4.5e15 + 0.5)", "4500000000000000"),
            ("round(1e16)", "10000000000000000"),
            ("round(12345.6789, 2)", "12345.68"),
            ("round(-12345.6789, -2)", "-12300.0"),
            ("round(2.5e-5, 5)", "3e-05"),
        ],
    );
}

/// Comparisons between ints and floats are exact, even past 2**53.
#[test]
fn int_float_comparison_exact() {
    check_reprs(
        "",
        &[
            ("2 ** 53 + 1 == float(2 ** 53 + 1)", "False"),
            ("2 ** 53 + 1 > 2.0 ** 53", "True"),
            ("2 ** 53 == 2.0 ** 53", "True"),
            ("9007199254740993 < 9007199254740992.0", "False"),
            ("9007199254740993 > 9007199254740992.0", "True"),
            ("9007199254740992.0 < 9007199254740993", "True"),
            ("2 ** 63 == 9.223372036854775808e18", "True"),
            ("2 ** 63 - 1 < 9.223372036854775808e18", "True"),
            ("2 ** 64 + 1 > 2.0 ** 64", "True"),
            ("-(2 ** 53) - 1 < -(2.0 ** 53)", "True"),
            ("10 ** 400 > float('inf')", "False"),
            ("10 ** 400 < float('inf')", "True"),
            ("-(10 ** 400) > float('-inf')", "True"),
            ("1 == 1.0", "True"),
            ("1 < float('nan')", "False"),
            ("float('nan') == float('nan')", "False"),
            ("float('nan') != float('nan')", "True"),
            ("0.0 == -0.0", "True"),
            ("True == 1.0", "True"),
            ("max(1, 1.0)", "1"),
            ("max(1.0, 1)", "1.0"),
            (
                "sorted([3, 1.5, 2 ** 64, -1e300, True])",
                "[-1e+300, True, 1.5, 3, 18446744073709551616]",
            ),
            ("{2 ** 53 + 1: 1}.get(float(2 ** 53 + 1))", "None"),
            ("1 <= 1.0 < 2", "True"),
            ("10 ** 20 == 1e20", "True"),
            ("10 ** 22 == 1e22", "True"),
            ("10 ** 23 == 1e23", "False"),
            ("0.1 + 0.2 == 0.3", "False"),
            ("3 != 3.0000000000000004", "True"),
        ],
    );
}

/// Float floor division and modulo take the sign of the divisor.
#[test]
fn float_divmod() {
    check_reprs(
        "",
        &[
            ("divmod(7.5, 2)", "(3.0, 1.5)"),
            ("divmod(-7.5, 2)", "(-4.0, 0.5)"),
            ("divmod(7.5, -2)", "(-4.0, -0.5)"),
            ("divmod(-7.5, -2)", "(3.0, -1.5)"),
            ("divmod(1.0, 0.1)", "(9.0, 0.09999999999999995)"),
            ("7.5 // 2", "3.0"),
            ("-7.5 // 2", "-4.0"),
            ("-7.5 % 2", "0.5"),
            ("7.5 % -2", "-0.5"),
            ("-0.0 % 5", "0.0"),
            ("0.0 % -5", "-0.0"),
            ("5.0 % float('inf')", "5.0"),
            ("-5.0 % float('inf')", "inf"),
            ("5.0 // float('inf')", "0.0"),
            ("-5.0 // float('inf')", "-1.0"),
            ("divmod(5, 2.0)", "(2.0, 1.0)"),
            ("-1e-20 % 1.0", "1.0"),
            ("6.0 % 3", "0.0"),
            ("divmod(-6.0, 3)", "(-2.0, 0.0)"),
            ("1e300 % 7", "1.0"),
            ("7 // 2.0", "3.0"),
            ("divmod(2 ** 60, 0.5)", "(2.305843009213694e+18, 0.0)"),
        ],
    );
}

/// str/repr/hex/oct/bin/format of small and big ints.
#[test]
fn int_to_text() {
    check_reprs(
        "",
        &[
            ("str(-0)", "'0'"),
            ("repr(10 ** 30)", "'1000000000000000000000000000000'"),
            ("hex(255)", "'0xff'"),
            ("hex(-255)", "'-0xff'"),
            ("oct(8)", "'0o10'"),
            ("bin(-5)", "'-0b101'"),
            ("hex(2 ** 64)", "'0x10000000000000000'"),
            ("format(255, '08b')", "'11111111'"),
            ("format(2 ** 70, ',')", "'1,180,591,620,717,411,303,424'"),
            ("format(-1234567, '_')", "'-1_234_567'"),
            ("f'{2 ** 64:x}'", "'10000000000000000'"),
            ("format(-(2 ** 64), '#x')", "'-0x10000000000000000'"),
            ("str(-(2 ** 63))", "'-9223372036854775808'"),
            ("format(255, '#010x')", "'0x000000ff'"),
            ("format(1234567, ',d')", "'1,234,567'"),
            ("format(-5, '+05d')", "'-0005'"),
            ("format(42, '^7d')", "'  42   '"),
            ("format(2 ** 64, 'e')", "'1.844674e+19'"),
        ],
    );
}
