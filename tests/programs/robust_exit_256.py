# sys.exit(256): the exit status is taken modulo 256 by the OS, so CPython exits with 0.
import sys
print('before exit')
sys.exit(256)
