# TabError: indentation whose order differs when a tab counts 8 columns or 1, as CPython's
# tokenizer checks it (including lines the parser itself would accept).
cases = [
    "def f():\n\tif 1:\n        return 1\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n\tif 2:\n\t        x = 1\n        \ty = 1\n",
    "if 1:\n  \tx = 1\n\ty = 2\n",
    "if 1:\n\tx=1\nelse:\n        y=1\n",
    "if 1:\n        x = (1,\n\t2)\n",
    "if 1:\n\tx = 1\n        # comment\n\ty = 2\n",
    "if 1:\n\tx = 1\n\n        \n\ty = 2\n",
    "class A:\n    def f(self):\n\tpass\n",
    "class A:\n\tdef f(self):\n\t    pass\n\tdef g(self):\n\t\tpass\n",
    "if 1:\n\tx = 1; y = 2\n\tz = '''\n        inside a string\n'''\n",
    "if 1:\n    \tx = 1\n\ty = 2\n",
    "if 1:\n\t\tx = 1\n                y = 2\n",
    "for i in range(2):\n\tif i:\n\t\tpass\n        else:\n\t\tpass\n",
    "if 1:\n\x0c\tx = 1\n",
    "if True:\n\tx = [\n        1,\n\t]\n\ty = 2\n",
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

exec(compile("if 1:\n        a = 1\n\tb = 2\n", 'tabbed.py', 'exec'))
