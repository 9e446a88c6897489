# sys: float_info/int_info/hash_info/flags named tuples, the int string-conversion limit and its setter, filesystem encoding, getsizeof, getrefcount, implementation.
import sys
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info, sys.hash_info.modulus, sys.hash_info.inf, sys.flags.optimize, sys.flags.dev_mode)
print(sys.get_int_max_str_digits())
try:
    str(10**5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)), sys.get_int_max_str_digits())
try:
    str(10**5000)
except ValueError as e:
    print(e)
for bad in (5, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), type(sys.getsizeof([])), sys.getsizeof(1, 7) > 0)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
x = object()
print(sys.getrefcount(x) >= 2)
try:
    sys.float_info.nope
except AttributeError as e:
    print(e)
