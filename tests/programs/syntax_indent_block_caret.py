# "expected an indented block" marks one character of the line that is not indented, also
# when it starts with a non-ASCII letter, after comments and blank lines.
import traceback

sources = ["if True:\nprint(1)\n", "def f():\n    x = 1\nclass C:\n# c\n\nyy = 2\n",
           "for i in range(3):\n\u00e9 = 1\n", "while x:\n  \n    pass\n  try:\n  x\n",
           "with open(p) as f:\nreturn\n", "match x:\n    case 1:\n    pass\n"]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
        print("".join(traceback.format_exception_only(type(e), e)), end="")
exec(sources[0])
