# re.DEBUG: the parsed tree and the disassembled code that compile() prints.
import re

for p, f in [('a', 0), ('ab|cd', 0), ('(a)(?P<n>b)?', re.I), ('[a-z0-9_]+?', 0),
             (r'(?<=x)\d{2,}+(?!y)', 0), ('(?(1)a|b)(x)', 0), ('(?>a|bc)*', re.M),
             (r'^\w\b$', re.A), ('[\u0100-\u0200a]', 0), ('[^abx-z]', re.I), ('(?i)k', 0),
             ('a.c', re.S), (r'\s*(?:#.*)?$', 0), ('(a)\\1', re.I), ('[\u4e00-\u9fff]', 0),
             (b'[\x80-\xff]', re.L), ('a{3}', 0), ('(?:ab)*c', 0)]:
    print('---', repr(p), f)
    re.compile(p, f | re.DEBUG)
print(re.compile('x', re.DEBUG) is re.compile('x', re.DEBUG))
