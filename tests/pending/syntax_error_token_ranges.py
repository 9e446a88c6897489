# SyntaxError positions of tokenizer errors and of an invalid token (pending: pyrs marks one
# character where CPython covers the token).
import traceback
sources = ['x = 0777
', 'x = 1_
', 'x := 5
']
for src in sources:
    try:
        compile(src, 'prog_syntax.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(e)), end='')
