# Messages name Decimal as CPython names its C type (decimal.Decimal); a subclass of a datetime type is an ordinary class.
from decimal import Decimal
from fractions import Fraction
import datetime
for f in [lambda: "x" + Decimal(1), lambda: Decimal(1) < "a", lambda: Fraction(1,2) + Decimal("0.5"), lambda: datetime.timedelta(1) + 1]:
    try: f()
    except TypeError as e: print(e)
class MyTD(datetime.timedelta): pass
try: MyTD(1) + 1
except TypeError as e: print(e)
print(repr(Decimal), Decimal.__name__, Decimal.__qualname__, type(Decimal(1)).__name__)
