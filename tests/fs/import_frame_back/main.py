# A module being imported sees the importing frame as its caller: f_back, and warnings
# with stacklevel=2 point at the import statement.
import sys
import warnings

warnings.simplefilter('always')
sys.stderr = sys.stdout


def importer():
    import modfr
    return modfr


importer()
del sys.modules['modfr']
import modfr
