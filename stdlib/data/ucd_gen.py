"""Writes stdlib/data/ucd.txt, the Unicode 15.0 properties `unicodedata` needs beyond what its
crates give (category comes from `unicode-general-category`, names from `unicode_names2`,
normalization from `unicode-normalization`).

Run with CPython 3.12 (its Unicode database is 15.0, the version pyrs reports):
    "$(pyenv prefix 3.12.1)/bin/python3" stdlib/data/ucd_gen.py

Format, one record per line:
    B <hex start> <class>      bidirectional class from this code point on (runs)
    C <hex start> <n>          canonical combining class from here on (runs)
    W <hex start> <width>      East Asian width from here on (runs)
    M <hex start> <0|1>        mirrored from here on (runs)
    N <hex cp> <decimal|-> <digit|-> <numeric>    numeric values of one code point
    D <hex cp> <decomposition> the decomposition text of one code point
"""

import os
import unicodedata as ucd

assert ucd.unidata_version == '15.0.0', ucd.unidata_version

out = []
for tag, prop in (('B', ucd.bidirectional), ('C', ucd.combining),
                  ('W', ucd.east_asian_width), ('M', ucd.mirrored)):
    last = object()
    for cp in range(0x110000):
        v = prop(chr(cp))
        if v != last:
            out.append(f'{tag} {cp:x} {v}')
            last = v
for cp in range(0x110000):
    c = chr(cp)
    num = ucd.numeric(c, None)
    if num is not None:
        dec = ucd.decimal(c, None)
        dig = ucd.digit(c, None)
        out.append(f'N {cp:x} {"-" if dec is None else dec} {"-" if dig is None else dig} {num!r}')
for cp in range(0x110000):
    d = ucd.decomposition(chr(cp))
    if d:
        out.append(f'D {cp:x} {d}')

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ucd.txt')
with open(path, 'w', encoding='ascii') as f:
    f.write('\n'.join(out) + '\n')
print(path, len(out), 'records')
