print('circ_e: start')
E1 = 'defined before the cycle'
from circ_f import F
E2 = 'defined after'
