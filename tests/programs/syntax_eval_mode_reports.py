# SyntaxErrors of `eval` and `single` input as CPython's string tokenizer reports them:
# no newline added after the last line, offset 0 at the end of input, and the legacy
# print statement hint in an expression.
sources = ["(1,", "f(", "1 +", "a b", "1 +\n", "a b\n", "print 'x'", "print 'x'\n",
           "  print 'x'", "exec 'code'", "print (1) 2", "1 + $", "x ==", "1 if 2", "x ==\n",
           "[1, 2", "{'a': }", "lambda: yield", "a.b.", "1 +\n2", "f(**)", "print", "print 1, 2", "exec  'x'", "print(1) 2",
           "{'a':}", "{1: 2, 'b': }", "{'a': , 'b': 1}", "f({'a':})", "x = {'k': \n}"]
for mode in ['exec', 'eval', 'single']:
    for src in sources:
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), repr(e.msg), repr(e.text), e.lineno, e.offset,
                  e.end_lineno, e.end_offset)

for src in ["1 +", "print 'hello'", "x y", "(", "3 * (4 +"]:
    try:
        eval(src)
    except SyntaxError as e:
        print('eval', repr(src), e.args)

import traceback
try:
    eval("print 'x'")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')

eval("2 **")
