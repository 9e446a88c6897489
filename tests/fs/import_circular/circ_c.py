print('circ_c: start')
from circ_d import D
C = 'circ_c.C'
