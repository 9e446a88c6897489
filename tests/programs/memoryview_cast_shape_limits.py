# memoryview.cast shapes whose sizes overflow: CPython's errors, never a huge allocation.
m = memoryview(b"abcd")
for shape in [[2**63 + 2, 2], [2**62, 4, 4], [2**31, 2**31], [4, 1], [2, 2], [0, 4], [-1, 4], [3]]:
    try:
        print(shape, m.cast("B", shape).shape)
    except (TypeError, ValueError, OverflowError) as e:
        print(shape, type(e).__name__, e)
