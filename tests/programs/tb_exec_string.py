# A traceback through code from exec() shows no source line for "<string>" (CPython's
# linecache has no such file), even after other strings were executed.
g = {}
exec("def f():\n    1/0\n", g)
exec("x = 1\ny = 2\n", {})
g['f']()
