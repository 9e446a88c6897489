# SyntaxWarnings "perhaps you missed a comma?" for calls and subscripts of literals, the f-string error messages of CPython 3.12, and "Maybe you meant == or :=" for an assignment as a condition.
import warnings
warnings.simplefilter('always')
for src in ['5()', '(5)[0]', '[1][1.0]', '"abc"()', '(1,2)(3)', '[x for x in y]()', 'f"{a}"()', '{1}[0]', '(1,2)["a"]', '"abc"[1.5]', 'None()', '...()', 'lambda: 0()', '[1,2][None]', '(1)[x]', '1[2]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'p.py', 'eval')
        except SyntaxError as e:
            print('SE', e)
        print(repr(src), [(str(x.message), x.category.__name__, x.lineno) for x in w])
for src in ['if x = 1:\n  pass\n', "f'{}'\n", "f'{a!z}'\n", "f'{a:{b:{c}}}'\n", "f'{'\n", "f'}'\n", "while x = 2: pass\n", "elif_ = 1\nif a: pass\nelif b = 2: pass\n"]:
    try:
        compile(src, 'p.py', 'exec'); print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
