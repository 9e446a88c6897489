# Argument checks of built-in methods and functions: keywords, counts and messages as CPython
tests = [
    '"a b".split(bogus=1)',
    '"a b".split(None, 1, 2)',
    '"a b".rsplit(bogus=1)',
    '"a b".rsplit(None, 1, 2)',
    '"a".encode(bogus=1)',
    '"a".encode("utf-8", "strict", 3)',
    '"a\\nb".splitlines(bogus=1)',
    '"x".splitlines(1, 2)',
    '"a\\tb".expandtabs(bogus=1)',
    '"a\\tb".expandtabs(1, 2)',
    'b" a ".strip(bogus=1)',
    'b" a ".lstrip(b" ", 2)',
    'b" a ".rstrip(x=1)',
    'bytearray(b"ab").pop(x=1)',
    'bytearray(b"ab").pop(0, 1)',
    '{1}.union(x=1)',
    '{1}.intersection(x=1)',
    '{1}.difference(x=1)',
    '{1}.symmetric_difference({2}, {3})',
    '{1}.symmetric_difference()',
    '{1}.symmetric_difference(x={2})',
    '{1}.update(x=1)',
    '{1}.pop(5)',
    'frozenset({1}).union(x=1)',
    '{1}.intersection_update(x=1)',
    '{1}.difference_update(x=1)',
    '{1}.symmetric_difference_update({2}, {3})',
    'str(x=1)',
    'bytes(x=1)',
    'zip(x=1)',
    'enumerate([], x=1)',
    'property(1, 2, 3, 4, 5)',
    'property(x=1)',
    '(5).__format__(None)',
    '(5).__format__()',
    '(5.0).__format__(None)',
    '"s".__format__(1)',
    '[].__format__(None)',
    'object().__format__(1)',
    'ord(b"ab")',
    '{}.update("x", "y")',
    '[].count()',
    'sum()',
    'round()',
    'staticmethod()',
    'classmethod(1, 2)',
    'property(None).__get__(1)',
    '"{0[}".format([1])',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r)[:60])
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
for f in ["{0[}", "{0[1}", "{0[a]x}", "{[}", "{0[]}", "x{0[1]", "{a[", "{0[1]!r}"]:
    try: print(repr(f.format([1, 2], a={'a': 1})))
    except Exception as e: print(f, type(e).__name__, e)
for f in ["{", "{0", "x{", "{0:", "{0:{", "{0!", "{:{}", "{0[}]}", "{0[{]}", "{0[}]", "{0:[}", "{0:x[}", "{0[1]}}", "{0!r:[}"]:
    try: print(f, repr(f.format([1, 2], a={'a': 1})))
    except Exception as e: print(f, type(e).__name__, e)
for f in ["{0!r", "{0!r:", "{0!rx}", "{!}", "{!}}", "{0!}", "{0!:}", "{!r}", "{0!r}", "{0!x}", "{0[1]x}", "{0[1]", "{}", "{0}}x", "{:}", "{:{:}}", "{0:{1}", "{0[]}", "{0.}", "{0..a}", "{0[0]]}"]:
    try: print(f, repr(f.format([1, 2], 'x')))
    except Exception as e: print(f, type(e).__name__, e)
