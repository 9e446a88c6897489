import numbers, decimal, fractions
D = decimal.Decimal
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, isinstance(D(1), cls), issubclass(D, cls), isinstance(D('NaN'), cls))
class Sub(D): pass
print(isinstance(Sub(2), numbers.Number), issubclass(Sub, numbers.Complex))
print(isinstance(decimal.Context(), numbers.Number))
print(hasattr(decimal, '_numbers'), '_numbers' in dir(decimal))
print(D(1) + 2, D('1.5') == fractions.Fraction(3, 2))
