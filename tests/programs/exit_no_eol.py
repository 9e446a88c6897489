# stdout that does not end with a newline, then a normal exit.
import sys
for i in range(3):
    print(i, end=' ')
sys.stdout.write('tail without newline')
