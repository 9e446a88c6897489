# FutureWarnings for set syntax that may change, reported at the caller's line.
import re
import warnings

warnings.simplefilter('always')


def compile_(p):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            re.compile(p)
        except re.error as e:
            print(repr(p), 'error', e)
    for w in caught:
        print(repr(p), w.category.__name__, w.message, w.lineno, w.filename.endswith('re_warnings.py'))


for p in ['[[a]', '[a--b]', '[a&&b]', '[a||b]', '[a~~b]', '[--]', '(?:[[a])', '((?:(?=[a&&b])))',
          '[a-]', '[-a]', '[a]]', 'x|(?(1)[[b])', '(?<=[[a])']:
    compile_(p)
with warnings.catch_warnings(record=True) as caught:
    re.compile('[a||b]x')
    m = re.search('[[b]', 'xb[')
    re.compile('(?i)[[z]')
    re.compile('(?i)[[z]')
print(m, [(str(w.message), w.lineno) for w in caught])
warnings.simplefilter('error')
try:
    re.compile('[[q]')
except FutureWarning as e:
    print('raised', e)
