print('rpkg/__main__ runs as', __name__, '| package', __package__, '| spec', __spec__.name)
from . import sub
PKGMAIN = sub.SUB
