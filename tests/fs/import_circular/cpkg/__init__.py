print('cpkg: start')
from . import one
print('cpkg: end')
