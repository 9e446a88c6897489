print('cpkg.two: start')
from . import one
import cpkg.one as one_again
print('cpkg.two: one is partial:', not hasattr(one, 'ONE'), one is one_again)
TWO = 2
