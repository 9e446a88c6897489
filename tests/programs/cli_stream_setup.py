import sys

print(type(sys.stdout.buffer).__name__, sys.stdout.write_through, sys.stdout.line_buffering)
print(type(sys.stderr.buffer).__name__, sys.stderr.write_through, sys.stderr.line_buffering)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdin.encoding)
sys.stdout.write('partial ')
sys.stdout.buffer.write(b'bytes\n')
print('end')
