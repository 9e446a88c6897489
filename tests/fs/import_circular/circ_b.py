print('circ_b: start')
import sys
import circ_a
print('circ_b: circ_a is partial:', not hasattr(circ_a, 'A'), 'in sys.modules:', sys.modules['circ_a'] is circ_a)
print('circ_b: circ_a.__name__ =', circ_a.__name__, 'use_b defined:', hasattr(circ_a, 'use_b'))
B = 'circ_b.B'


def helper():
    return 'helper sees ' + circ_a.A
