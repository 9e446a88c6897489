# SyntaxError positions of tokenizer errors and of an invalid token (pending: pyrs marks one
# character where CPython covers the token).
import traceback
sources = ['x = 0777\n', 'x = 1_\n', 'x := 5\n', 'x = 1 if 2\n', 'a, b += 1\n', 'f(**k, *a)\n', 'x = $\n', 'x = 0b12\n', 'y = 1e\n', 's = "abc\n']
for src in sources:
    try:
        compile(src, 'prog_syntax.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(e)), end='')
