import os

print(os.environ['PYRS_TEST_ONE'])
print(repr(os.environ['PYRS_TEST_EMPTY']), repr(os.environ['PYRS_TEST_EQ']))
print(os.getenv('PYRS_TEST_TWO'), os.getenv('PYRS_TEST_NONE'), os.getenv('PYRS_TEST_NONE', 'dflt'))
print(os.environ.get('PYRS_TEST_TWO'), os.environ.get('PYRS_TEST_NONE', 'd2'))
print('PYRS_TEST_ONE' in os.environ, 'PYRS_TEST_NONE' in os.environ, 'PYRS_TEST_ONE' not in os.environ)
try:
    os.environ['PYRS_TEST_NONE']
except KeyError as e:
    print(type(e).__name__, e, repr(e.args[0]))

os.environ['PYRS_TEST_NEW'] = 'new'
print(os.environ['PYRS_TEST_NEW'], os.getenv('PYRS_TEST_NEW'), 'PYRS_TEST_NEW' in os.environ)
os.environ['PYRS_TEST_NEW'] = 'changed'
print(os.environ['PYRS_TEST_NEW'])
print(os.environ.setdefault('PYRS_TEST_NEW', 'ignored'), os.environ.setdefault('PYRS_TEST_SD', 'sd'))
print(os.environ['PYRS_TEST_SD'])
print(os.environ.pop('PYRS_TEST_SD'), 'PYRS_TEST_SD' in os.environ)
print(os.environ.pop('PYRS_TEST_SD', 'gone'))
try:
    os.environ.pop('PYRS_TEST_SD')
except KeyError as e:
    print(type(e).__name__, e)
del os.environ['PYRS_TEST_NEW']
print('PYRS_TEST_NEW' in os.environ)
try:
    del os.environ['PYRS_TEST_NEW']
except KeyError as e:
    print(type(e).__name__, e)

for key, value in [('PYRS_TEST_INT', 1), (2, 'x'), ('PYRS_TEST_B', b'v'), (b'K', 'v'), ('PYRS_TEST_NONE', None)]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.environ.setdefault('PYRS_TEST_X', 5)
except TypeError as e:
    print(type(e).__name__, e)
print('PYRS_TEST_X' in os.environ)
try:
    os.environ.update(PYRS_TEST_U=3)
except TypeError as e:
    print(type(e).__name__, e)

mine = sorted((k, v) for k, v in os.environ.items() if k.startswith('PYRS_TEST'))
print(mine)
print(sorted(k for k in os.environ if k.startswith('PYRS_TEST')))
print(sorted(k for k in os.environ.keys() if k.startswith('PYRS_TEST')))
print(sorted(v for k, v in os.environ.items() if k.startswith('PYRS_TEST')))
copy = os.environ.copy()
print(type(copy).__name__, copy['PYRS_TEST_ONE'])
copy['PYRS_TEST_ONE'] = 'only in copy'
print(os.environ['PYRS_TEST_ONE'])
os.environ.update({'PYRS_TEST_A': 'a'}, PYRS_TEST_B='b')
print(os.environ['PYRS_TEST_A'], os.environ['PYRS_TEST_B'])
os.environ.update([('PYRS_TEST_C', 'c')])
print(os.environ['PYRS_TEST_C'])
merged = os.environ | {'PYRS_TEST_M': 'm'}
print(type(merged).__name__, merged['PYRS_TEST_M'], 'PYRS_TEST_M' in os.environ)
os.environ |= {'PYRS_TEST_M': 'm2'}
print(os.environ['PYRS_TEST_M'])
print(len(os.environ) == len(list(os.environ)))
print(os.environ == dict(os.environ))
print(type(os.environ).__name__, os.environ.__class__.__module__)
print(os.environb[b'PYRS_TEST_ONE'], os.getenvb(b'PYRS_TEST_TWO'))
os.environb[b'PYRS_TEST_FROMB'] = b'fromb'
print(os.environ['PYRS_TEST_FROMB'])
try:
    os.environb['str'] = b'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.getenv(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(os.getenv('PYRS_TEST_EMPTY', 'default')))
