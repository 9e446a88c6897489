import sys


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sys.stdin.readable(), sys.stdin.name, sys.stdin.encoding, sys.stdin.isatty())
show('input()', input)
show('input(prompt)', lambda: input('prompt> '))
print()
show('input(non-str prompt)', lambda: input(42))
print()
show('readline', sys.stdin.readline)
show('readline(3)', lambda: sys.stdin.readline(3))
show('readline rest', sys.stdin.readline)
show('next', lambda: next(sys.stdin))
for line in sys.stdin:
    print('iter', repr(line))
    if line.startswith('seventh'):
        break
show('read(4)', lambda: sys.stdin.read(4))
show('readline', sys.stdin.readline)
show('input', input)
show('input last line without newline', input)
show('read()', sys.stdin.read)
show('read() again', sys.stdin.read)
show('readline at eof', sys.stdin.readline)
show('readlines at eof', sys.stdin.readlines)
show('input at eof', input)
show('input(prompt) at eof', lambda: input('eof prompt: '))
print()
show('next at eof', lambda: next(sys.stdin))
show('buffer read at eof', sys.stdin.buffer.read)
show('input too many', lambda: input('a', 'b'))
show('input kw', lambda: input(prompt='x'))
print('done')
