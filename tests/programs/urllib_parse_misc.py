# urllib.parse: module contents, scheme lists, legacy split* helpers and their warnings.
import sys
import warnings
import urllib
import urllib.parse as up

print(urllib.__doc__, up.__all__)
for name in ['uses_relative', 'uses_netloc', 'uses_params', 'non_hierarchical',
             'uses_query', 'uses_fragment']:
    print(name, getattr(up, name))
print(up.scheme_chars, repr(up._WHATWG_C0_CONTROL_OR_SPACE), up._UNSAFE_URL_BYTES_TO_REMOVE)
print(up.ResultBase is up._NetlocResultMixinStr, sorted(up._ALWAYS_SAFE)[:5])
print(up.ParseResult.__doc__)
print(up.SplitResult.query.__doc__)
print(up.ParseResult._fields, up.DefragResult._fields, up.ParseResult.__slots__)
print(up.unwrap('<URL:http://a/b>'), up.unwrap(' <http://x> '), up.unwrap('URL: y'))
print(up._splittype('HTTP://x'), up._splittype('/x:y'), up._splithost('//h:1/p'),
      up._splithost('//h?x'), up._splithost('h'), up._splituser('u:p@h'), up._splituser('h'),
      up._splitpasswd('u:p'), up._splitpasswd('u'), up._splitport('h:80'),
      up._splitport('h:'), up._splitport('[::1]'), up._splitnport('h:80'),
      up._splitnport('h:x'), up._splitnport('h', 5), up._splitnport('h:'),
      up._splitquery('/p?q?r'), up._splittag('/p#t'), up._splitattr('/p;a=1;b'),
      up._splitvalue('a=b'), up._splitvalue('a'), up._to_bytes('ok'))
try:
    up._to_bytes('\u00e9')
except UnicodeError as e:
    print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('a:b'), up.splithost('//h/p'), up.splituser('u@h'),
          up.splitpasswd('u:p'), up.splitport('h:1'), up.splitnport('h:2'),
          up.splitquery('p?q'), up.splittag('p#t'), up.splitattr('p;a'),
          up.splitvalue('a=b'), up.to_bytes('x'), up.Quoter)
    for warning in w:
        print(warning.category.__name__, warning.message)
    print([warning.filename == __file__ for warning in w[:-1]])
q = up._Quoter(b'/')
print(q[32], q[47], q[97], repr(q), up._byte_quoter_factory(b'/')(32))
try:
    up.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print('urllib.parse' in sys.modules, up.urlsplit.__name__)
up.clear_cache()
print(up.urlsplit.cache_info())
up.urlsplit('http://a/')
up.urlsplit('http://a/')
up.urlsplit(b'http://a/')
print(up.urlsplit.cache_info())
from urllib.parse import *
print(sorted(k for k in dir() if not k.startswith('_'))[:12])
