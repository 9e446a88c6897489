# str predicates and repr by Unicode 15.0 general category (CPython 3.12's table): letters, numbers, printable characters, identifiers; counts over every non-surrogate code point below U+30000.
tests = ['हिन्दी', 'ि', 'Ⅻ', 'abc', 'ǅ', 'ͅ', 'Ⓐ', '中文', 'x\u0378', '\u0378', '\U0001f600', '\u00ad', '\u2028', '\U000e0001', '\U00010ffff'[0:1], 'ꙮ', '\u1e9e']
for t in tests:
    print(ascii(t), repr(t), t.isalpha(), t.isalnum(), t.isprintable(), t.isidentifier())
import sys
count_alpha = sum(1 for i in list(range(0xd800)) + list(range(0xe000, 0x30000)) if chr(i).isalpha())
count_print = sum(1 for i in list(range(0xd800)) + list(range(0xe000, 0x30000)) if chr(i).isprintable())
count_alnum = sum(1 for i in list(range(0xd800)) + list(range(0xe000, 0x30000)) if chr(i).isalnum())
print(count_alpha, count_print, count_alnum)
