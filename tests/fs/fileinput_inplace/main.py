"""fileinput: inplace editing, with and without a backup suffix, text and binary."""
import fileinput
import os
import sys

with fileinput.input(['x.txt', 'y.txt'], inplace=True) as f:
    for line in f:
        print(f'{f.filelineno()}:{line.rstrip().upper()}')
        if f.isfirstline():
            print('# inserted')
print('stdout restored', sys.stdout is sys.__stdout__)
for name in ['x.txt', 'y.txt']:
    with open(name) as h:
        print(name, repr(h.read()))
print(sorted(n for n in os.listdir('.') if not n.endswith('.py')))

for line in fileinput.input('x.txt', inplace=True, backup='.orig'):
    if not line.startswith('#'):
        sys.stdout.write(line)
fileinput.close()
print(sorted(n for n in os.listdir('.') if not n.endswith('.py')))
print(open('x.txt').read(), open('x.txt.orig').read(), sep='|')

with fileinput.FileInput('z.txt', inplace=True, mode='rb') as f:
    for line in f:
        sys.stdout.buffer.write(line * 2) if hasattr(sys.stdout, 'buffer') else sys.stdout.write(line * 2)
print(open('z.txt', 'rb').read())
print(sorted(n for n in os.listdir('.') if not n.endswith('.py')))
