# Writes a 50 MB text file line by line, reads it back line by line, and removes it; prints
# the time of each half (the file is created in the current directory).
import os
import time

N = 1_000_000
PAD = 'x' * 40
PATH = 'bench_lines.tmp'

t0 = time.perf_counter()
with open(PATH, 'w') as f:
    for i in range(N):
        f.write(f'{i:08d} {PAD}\n')
t1 = time.perf_counter()
count = total = 0
with open(PATH) as f:
    for line in f:
        count += 1
        total += len(line)
t2 = time.perf_counter()
os.remove(PATH)
print(f'write {t1 - t0:.3f} s, read {t2 - t1:.3f} s: {count} lines, {total} bytes')
