print('circ_f: start')
from circ_e import E1
F = 'circ_f.F sees ' + E1
try:
    from circ_e import E2
except ImportError as e:
    print('circ_f:', type(e).__name__, e)
