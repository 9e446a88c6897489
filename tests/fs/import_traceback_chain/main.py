import sys
print('before import')
sys.stdout.flush()
import tpkg
print('not reached')
