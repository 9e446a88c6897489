print('circ_d: start')
from circ_c import C
D = 'circ_d.D'
