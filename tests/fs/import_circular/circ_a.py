print('circ_a: start')
import sys
import circ_b
A = 'circ_a.A'


def use_b():
    return circ_b.helper()


print('circ_a: end, sees circ_b.B =', circ_b.B)
