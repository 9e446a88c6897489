# sys.stdin does not translate newlines (CPython outside Windows).
import sys
print(repr(input()), repr(sys.stdin.readline()), repr(sys.stdin.readline()))
print([repr(line) for line in sys.stdin], sys.stdin.newlines)
