# Mapping patterns refuse keys equal by value: 1, 1.0 and True are one key; 0x10 is 16.
def try_compile(label, src):
    try:
        compile(src, '<s>', 'exec')
        print(label, '-> compiles')
    except SyntaxError as e:
        print(label, '->', e.msg)

for keys in ['1: a, True: b', '0x10: a, 16: b', '1: a, 1.0: b', '-1: a, -1.0: b', '0: a, False: b',
             '"x": a, "x": b', 'b"x": a, b"x": b', 'None: a, None: b', '1: a, 2: b', '"1": a, 1: b',
             '1.5: a, 1.5: b', '2: a, 2.0: b, 3: c']:
    try_compile(keys, f'match v:\n    case {{{keys}}}: pass\n')
