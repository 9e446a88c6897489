# Generated JSON documents, valid and broken, decoded (results or error messages with their
# positions), and generated Python values encoded with random options. A fixed LCG makes the
# cases; every line is compared with CPython's.
import json

state = 20241204
def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
def pick(seq):
    return seq[rand(len(seq))]

ATOMS = ['0', '-0', '12', '01', '1.', '.5', '-1.5e3', '1e', '1E+2', '2.e3', '-', 'null', 'nul',
         'true', 'false', 'NaN', 'Infinity', '-Infinity', '""', '"a\\"b"', '"\\u00e9"',
         '"\\ud83d\\ude00"', '"\\ud800"', '"\\u12"', '"\\x41"', '"\\/\\n"', '"\t"', '"é😀"',
         '"abc', '"\\', "'x'", '123456789012345678901234567890', '1e400', '[]', '{}']
WS = ['', ' ', '\n', '\t', '  ', '\x0c', '\xa0']
def gen(depth):
    r = rand(10)
    if depth > 2 or r < 4:
        return pick(ATOMS)
    if r < 7:
        items = [gen(depth + 1) for _ in range(rand(4))]
        return '[' + pick(WS) + (',' + pick(WS)).join(items) + ']'
    items = [pick(['"k"', '"é"', 'k', '1']) + pick(WS) + pick([':', ':', '']) + gen(depth + 1)
             for _ in range(rand(4))]
    return '{' + (',' + pick(WS)).join(items) + pick(WS) + '}'
def mutate(s):
    if not s or rand(2):
        return s
    i = rand(len(s) + 1)
    op = rand(3)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + pick(',:[]{}" \\u0é\x01') + s[i:]
    return s[:i]
for i in range(400):
    doc = pick(WS) + mutate(gen(0)) + pick(['', ' ', 'x', '[]'])
    try:
        print(i, ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(i, ascii(doc), e.msg, e.pos, e.lineno, e.colno)

STRS = ['', 'é', '"', '\\', '\n\x00\x7f', '😀', '\ud800', 'a\\xé', '\\U0001f600', 'k\t"é😀\u2028']
def value(depth):
    r = rand(12)
    if depth > 2 or r < 5:
        return pick([pick(STRS), rand(1000) - 500, rand(1000) / 7, None, True, False,
                     float('nan'), -0.0, 2 ** 70, 1e300 * 10])
    if r < 8:
        return [value(depth + 1) for _ in range(rand(4))]
    if r < 9:
        return tuple(value(depth + 1) for _ in range(rand(3)))
    return {pick(STRS + [1, 2.5, None, True, (1,)]): value(depth + 1) for _ in range(rand(4))}
OPTS = [{}, {'sort_keys': True}, {'skipkeys': True}, {'ensure_ascii': False}, {'allow_nan': False},
        {'indent': 1}, {'indent': '\t', 'skipkeys': True}, {'separators': (',', ':')}]
for i in range(300):
    v = value(0)
    opts = pick(OPTS)
    try:
        s = json.dumps(v, **opts)
        print(i, ascii(s), ascii(json.loads(s)) == ascii(v) if 'nan' not in ascii(v) else '-')
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)

# string bodies mixing escapes (valid and not), quotes, backslashes and control characters
PIECES = ['\\u0041', '\\u00e9', '\\ud83d', '\\ude00', '\\uD83D\\uDE00', '\\ud800', '\\u12', '\\uzz',
          '\\"', '\\\\', '\\/', '\\b', '\\n', '\\t', '\\x41', '\\U0001', '\\', '"', 'a', 'é', '😀',
          '\t', '\x7f', 'u', '0041']
for i in range(300):
    body = ''.join(pick(PIECES) for _ in range(rand(7)))
    doc = pick(['"%s"', '["%s", 1]', '{"%s": 2}']) % body
    for strict in (True, False):
        try:
            print(i, strict, ascii(json.loads(doc, strict=strict)))
        except json.JSONDecodeError as e:
            print(i, strict, ascii(doc), e.msg, e.pos)
