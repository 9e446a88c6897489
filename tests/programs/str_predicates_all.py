# str is* predicates across ASCII and non-ASCII samples.
samples = ['abc', 'ABC', 'Abc Def', 'abc1', '123', '١٢٣', '½', '²', 'Ⅻ', '', ' ', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0',
           '\u2028', 'é', 'ñ1', '_x', 'x_1', '1x', 'class', 'a b', 'π', 'ǅ', 'Hello World', 'hello World',
           '\x00', '\x7f', 'a\u200bb', '\ufeff', '℘', 'a-b', '𝟘', '\U0001F600', '〇']
for s in samples:
    print(ascii(s), s.isalnum(), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print(str.isidentifier('nonlocal'), 'ℌ'.isidentifier(), '·a'.isidentifier(), 'a·'.isidentifier(), '$'.isidentifier())
print('ABC1'.isupper(), '1'.isupper(), 'a1!'.islower(), 'A Title Case'.istitle(), 'A title'.istitle(), "Don'T".istitle())
print(' '.isprintable(), '\xa0'.isprintable(), '\u3000'.isprintable(), '\xad'.isprintable(), '\ud800'.isprintable())
try:
    str.isalpha(5)
except Exception as e:
    print(type(e).__name__, e)
