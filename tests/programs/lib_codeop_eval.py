# codeop.compile_command in eval mode: input invalid before an open construct must be a SyntaxError, not None (pyrs's compile() ignores PyCF_ALLOW_INCOMPLETE_INPUT).
import sys
import codeop
srcs = ['if 1:', 'if 1:\n  x=1', 'if 1:\n  x=1\n', 'if 1:\n  x=1\n\n', 'x = (', 'x = "', 'x = """', 'def f():\n  pass\n', 'a b', '1 +', 'x = [1,', '@dec', 'lambda: (', 'for', 'x=1\n  y', '"\\', 'x = 1\\', 'if 1:\n  pass\nelse', '0o8', 'return 1', '\n', '', '# c', 'x = 1', 'print(1)', '1/0', 'f(**x, *y)', '1 if 1 else', 'class A:\n def f(self):\n  pass\n', 'class A:\n def f(self):\n  pass\n\n', 'x = 1 +\\', 'a = """\nb', 'def f(:', ')', 'x = (1,\n 2)', 'if 1:\n  pass\nelse:', 'if 1:\n  pass\nelse:\n  pass\n', 'try:\n  pass', 'x = ]', '1 = 2', 'del 1', 'x = 1\ny = 2', 'if 9:\n  x\n y', 'import __future__', 'with a as', 'break']
for s in srcs:
    for sym in ('eval', 'single'):
        try:
            r = codeop.compile_command(s, '<input>', sym)
            r = 'None' if r is None else 'code'
        except SyntaxError as e:
            r = 'SE %s' % (e.msg,)
        except Exception as e:
            r = '%s %s' % (type(e).__name__, e)
        print(repr(s)[:30], sym, r)
