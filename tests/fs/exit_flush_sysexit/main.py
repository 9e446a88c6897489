# Data written and never closed or flushed must reach the files when the program ends
# normally; after.py (run next, in the same folder) shows what the files hold.
import io

text = open('text.txt', 'w')
text.write('text line 1\n')
text.write('no newline at the end')

binary = open('binary.bin', 'wb')
binary.write(b'\x00\x01binary')

small = open('small_buffer.txt', 'w', buffering=4)
small.write('smaller than the buffer\n' * 3)

appended = open('appended.txt', 'w')
appended.write('first\n')
appended.close()
appended = open('appended.txt', 'a')
appended.write('second, unflushed\n')

kept = [open('in_a_list.txt', 'w')]
kept[0].write('kept alive in a list\n')


class Holder:
    pass


h = Holder()
h.me = h
h.f = open('in_a_cycle.txt', 'w')
h.f.write('kept alive by a reference cycle\n')

wrapped = io.TextIOWrapper(io.BufferedWriter(io.FileIO('wrapped.txt', 'w')), encoding='utf-8')
wrapped.write('TextIOWrapper built by hand\n')

big = open('big.txt', 'w')
for i in range(5000):
    big.write(f'line {i}\n')

import sys
print('exiting with 3')
sys.exit(3)
