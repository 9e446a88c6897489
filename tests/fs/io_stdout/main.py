import io
import sys


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['stdout', 'stderr', 'stdin']:
    s = getattr(sys, name)
    print(name, type(s).__name__, s.encoding, s.errors, s.line_buffering, s.mode, s.name,
          s.isatty(), s.fileno(), s.readable(), s.writable(), s.closed, s.write_through)
    print('  buffer', type(s.buffer).__name__, s.buffer.name, s.buffer.mode,
          type(s.buffer.raw).__name__, s.buffer.raw.name, s.buffer.raw.mode,
          s.buffer.raw.closefd, s.buffer.fileno())
    print('  repr', repr(s), repr(s.buffer), repr(s.buffer.raw))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.newlines)
show('stdout seekable', sys.stdout.seekable)
show('stdout tell', sys.stdout.tell)
show('stdout read', sys.stdout.read)
show('stdin write', lambda: sys.stdin.write('x'))
show('write int', lambda: sys.stdout.write(5))
show('write bytes', lambda: sys.stdout.write(b'x'))
print('write returns', sys.stdout.write('abc\n'))
print('non-ascii \xe9 \u20ac \U0001f600')

# print() arguments
print('a', 'b', 3, sep='-', end='|\n')
print('no end', end='')
print()
print(*[1, 2, 3], sep='')
print(sep=None, end=None)
show('bad sep', lambda: print('x', sep=5))
show('bad end', lambda: print('x', end=b'\n'))
show('bad kw', lambda: print('x', foo=1))
show('file None', lambda: print('to None', file=None))
buf = io.StringIO()
print('into', 'stringio', file=buf, sep=', ')
print(repr(buf.getvalue()))
show('file without write', lambda: print('x', file=object()))
show('file closed', lambda: print('x', file=buf.close() or buf))

# ordering between the text layer and the binary layers
sys.stdout.flush()
print('1 text', flush=True)
sys.stdout.buffer.write(b'2 buffer\n')
sys.stdout.buffer.flush()
print('3 text')
sys.stdout.flush()
sys.stdout.buffer.write(b'4 buffer\n')
print('5 text after buffer write')
sys.stdout.flush()
sys.stdout.buffer.raw.write(b'6 raw\n')
print('7 text', flush=True)
print('8 text, unflushed')
sys.stdout.buffer.write(b'9 buffer, unflushed\n')
sys.stdout.buffer.raw.write(b'10 raw\n')
sys.stdout.flush()
print('11 stderr', file=sys.stderr)
print('12 print to stdout', file=sys.stdout, flush=True)
sys.stdout.writelines(['13 ', 'writelines\n'])
sys.stdout.buffer.writelines([b'14 ', b'buffer writelines\n'])
sys.stderr.write('last stderr line\n')
