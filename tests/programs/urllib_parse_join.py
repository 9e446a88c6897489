# urljoin with RFC 3986's examples (section 5.4), urldefrag, urlunsplit/urlunparse.
from urllib.parse import urljoin, urldefrag, urlunsplit, urlunparse, urlsplit, urlparse

BASE = 'http://a/b/c/d;p?q'
NORMAL = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
          'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
          '../../g']
ABNORMAL = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
            'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http:?z', 'http:#z']
for rel in NORMAL + ABNORMAL:
    print('%-14r -> %s' % (rel, urljoin(BASE, rel)))

for base, rel in [('http://a/b/c/d', '../../../..'), ('http://a/b/', 'c//d/./e/..'),
                  ('http://a', 'b'), ('http://a', '/b'), ('http://a/', '.'),
                  ('http://a/b/c', '//x/y'), ('http://a/b', 'https://x/y'),
                  ('http://a/b', 'https:y'), ('mailto:a@b', 'c'), ('', 'rel'),
                  ('http://a/b', ''), ('svn+ssh://h/a/b', 'c'), ('ws://h/a/b', '../c'),
                  ('http://a/b/c#f', '#g'), ('http://a/b?x#f', ''), ('http://a/b;p', '?q'),
                  ('file:///tmp/a', 'b'), ('file:/a/b', 'c'), ('tel:123', '456'),
                  ('http://a/b/c/d', 'g?y#s'), ('HTTP://A/b', 'c'), ('foo://a/b', 'c'),
                  ('http:/a/b', 'c'), ('http://a/b/', '../../..'), ('http://[::1]/a', 'b'),
                  ('http://a/b/c', 'd#e'), ('http://a/b/c', '..#e')]:
    print(repr(base), repr(rel), '->', repr(urljoin(base, rel)))
print(urljoin('http://a/b#c', '#d', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''), urljoin('', b'x'))

for u in ['http://a/b#frag', 'http://a/b', 'http://a/b;p?q#', 'rel#f', '#', 'http://a/b?#']:
    d = urldefrag(u)
    print(repr(u), d, d.url, d.fragment, d.geturl())
d = urldefrag(b'http://a/b#f')
print(d, d.geturl(), d.decode(), urldefrag('x#y').encode())

for parts in [('http', 'h', '/p', 'q', 'f'), ('http', '', 'p', '', ''), ('', '', '//p', '', ''),
              ('mailto', '', 'a@b', '', ''), ('file', '', '/x', '', ''), ('x', '', '', '', ''),
              ('http', 'h', 'p', '', ''), ('', 'h', '', 'q', ''), ('', '', '', '', ''),
              ('http', '', '//p', '', ''), ('telnet', '', '', '', '')]:
    print(parts, repr(urlunsplit(parts)))
print(urlunparse(('http', 'h', '/p', 'a=1', 'q', 'f')), urlunparse(['', '', 'p', 'x', '', '']))
print(urlunsplit(iter(['a', 'b', 'c', 'd', 'e'])), urlunsplit((b'http', b'h', b'/', b'', b'')))
for u in ['http://a/b?#', 'http:///x', 'mailto:x', 'http:x', '//a', 'a//b', 'file:///',
          'http://a/b;;c', 'x:', 'http://a/b/;?#']:
    print(repr(u), repr(urlunsplit(urlsplit(u))), repr(urlunparse(urlparse(u))))
for bad in [('a', 'b'), ('a', 'b', 'c', 'd', 'e', 'f')]:
    try:
        urlunsplit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
