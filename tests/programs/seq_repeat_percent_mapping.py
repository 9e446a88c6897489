for f in [lambda: 1.5 * "ab", lambda: 2j * [1], lambda: {} * b"x", lambda: "ab" * 1.5, lambda: [1] * 2j]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(repr("no specs" % [1, 2]), repr("x" % b"b"), repr(b"x" % [1]), repr("x" % range(3)))
try:
    "x" % 5
except TypeError as e:
    print("TypeError", e)
