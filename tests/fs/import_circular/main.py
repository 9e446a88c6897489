import sys

import circ_a
print(circ_a.use_b(), circ_a.circ_b.circ_a is circ_a)

try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, e)
    print('name:', e.name, 'path:', e.path)
print('circ_c' in sys.modules, 'circ_d' in sys.modules)

try:
    from circ_d import D
except ImportError as e:
    print('again from d:', type(e).__name__, e)

import circ_e
print(circ_e.E2, sys.modules['circ_f'].F)

import cpkg
print(cpkg.one.total(), cpkg.one.two.TWO, sorted(m for m in sys.modules if m.startswith('cpkg')))
