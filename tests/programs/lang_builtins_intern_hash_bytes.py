# sys.intern checks its argument; dict keys/items views are unhashable; bytes() of a bool or a
# too-large int.
import sys
for v in (None, 3, 'ab', type('S', (str,), {})('x')):
    try: print(repr(sys.intern(v)))
    except TypeError as e: print('TypeError', e)
for v in ({1: 2}.keys(), {1: 2}.items()):
    try: print(hash(v))
    except TypeError as e: print('TypeError', e)
print(type(hash({1: 2}.values())).__name__)
for v in (True, False, 10**25):
    try: print(bytes(v))
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
