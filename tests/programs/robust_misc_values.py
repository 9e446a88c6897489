# Assorted hostile argument values whose CPython answers are errors (or exact values).
def attempt(label, action):
    try:
        r = action()
        print(label, repr(r) if len(repr(r)) < 80 else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

def set_attr_on_object():
    o = object()
    o.x = 1
    return o.x
attempt('object().x = 1', set_attr_on_object)
attempt('%.10000000000f', lambda: '%.10000000000f' % 1.5)
attempt('%.4294967297f', lambda: '%.4294967297f' % 1.5)
attempt('%.*f huge', lambda: '%.*f' % (2 ** 32 + 1, 1.5))
attempt('%*d huge', lambda: '%*d' % (2 ** 64, 1))
attempt('%5.2% no args', lambda: '%5.2%' % ())
attempt('zfill 2**64', lambda: 'a'.zfill(2 ** 64))
attempt('center -2**64', lambda: 'a'.center(-2 ** 64))
attempt('chr(2**32 + 65)', lambda: chr(2 ** 32 + 65))
attempt('chr(-1)', lambda: chr(-1))
attempt('chr(0x110000)', lambda: chr(0x110000))
attempt('str * -2**64', lambda: 'ab' * -2 ** 64)
attempt('list * -2**64', lambda: [1] * -2 ** 64)
attempt('split maxsplit -2**64', lambda: 'a b'.split(' ', -2 ** 64))
attempt('pop 2**64', lambda: [1, 2].pop(2 ** 64))
attempt('insert 2**64', lambda: [1, 2].insert(2 ** 64, 0))
attempt('format .1000000f len', lambda: len(format(1.5, '.1000000f')))
attempt('format .10000000000f', lambda: format(1.5, '.10000000000f'))
attempt('round(inf)', lambda: round(float('inf')))
attempt('round(nan)', lambda: round(float('nan')))
attempt('int(inf)', lambda: int(float('-inf')))
attempt('int(nan)', lambda: int(float('nan')))
attempt('inf // 1', lambda: float('inf') // 1)
attempt('divmod(inf, 1)', lambda: divmod(float('inf'), 1))
attempt('1 % inf, -1 % inf', lambda: (1 % float('inf'), -1 % float('inf')))
attempt('divmod(1.0, 0.0)', lambda: divmod(1.0, 0.0))
attempt('1e308 * 10', lambda: 1e308 * 10)
t = ([],)
t[0].append(t)
attempt('self-ref tuple repr', lambda: repr(t))
d = {}
d['self'] = [d, (d,)]
attempt('self-ref dict repr', lambda: repr(d))
