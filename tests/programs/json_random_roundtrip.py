# json.loads/json.dumps on random documents (random's seeded stream is CPython's).
import json, random
random.seed(7)
def rstr():
    pool = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '€', '\U0001f600', '𝄞', 'ß', '\u2028']
    return ''.join(random.choice(pool) for _ in range(random.randint(0, 8)))
def rnum():
    k = random.randint(0, 6)
    if k == 0: return random.randint(-10**20, 10**20)
    if k == 1: return random.random() * 10 ** random.randint(-300, 300)
    if k == 2: return -random.random()
    if k == 3: return random.choice([0.0, -0.0, 1e-320, 5e-324, 1.7976931348623157e308, 0.1, 1/3])
    if k == 4: return random.randint(-5, 5)
    if k == 5: return float(random.randint(-1000, 1000))
    return 10 ** random.randint(18, 40)
def rval(d=0):
    k = random.randint(0, 9 if d < 4 else 4)
    if k == 0: return None
    if k == 1: return random.choice([True, False])
    if k == 2: return rnum()
    if k in (3, 4): return rstr()
    if k in (5, 6): return [rval(d + 1) for _ in range(random.randint(0, 4))]
    if k == 7: return tuple(rval(d + 1) for _ in range(random.randint(0, 3)))
    return {rstr(): rval(d + 1) for _ in range(random.randint(0, 4))}
docs = [rval() for _ in range(400)]

# Round trips through the native paths, text variants they must read alike, and truncated
# documents whose errors come from the Python decoder.
import hashlib
out = []
for v in docs:
    line = json.dumps(v)
    back = json.loads(line)
    out.append(line)
    out.append(repr(back))
    spaced = line.replace(',', ' ,\n ').replace(':', ' : ')
    for text in (spaced, line[: len(line) // 2]):
        try:
            out.append(repr(json.loads(text)))
        except json.JSONDecodeError as e:
            out.append('ERR ' + str(e))
print(len(out), out[:6])
print(hashlib.md5('\n'.join(out).encode('utf-8', 'surrogatepass')).hexdigest())
