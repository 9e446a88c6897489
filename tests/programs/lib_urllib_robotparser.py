# urllib.robotparser: reading robots.txt through a file: URL and parse(),
# can_fetch, crawl_delay, request_rate, site_maps, mtime and __str__.
import os
import urllib.robotparser as RP

ROBOTS = '''# comment
User-agent: FigTree
User-Agent: *Bot/1.0
Crawl-delay: 3
Request-rate: 9/30
Disallow: /tmp
Allow: /tmp/ok.html
Disallow: /a%3cd.html
Disallow: /%7ejoe/index.html

Sitemap: http://example.com/sitemap.xml
User-agent: *
Crawl-delay: abc
Request-rate: 1/x
Disallow: /cyberworld/map/ # This is an infinite virtual URL space
Disallow:
Allow: /x?y=1
Sitemap: http://example.com/s2.xml
badline
Unknown: field
'''
with open('robots.txt', 'w') as f:
    f.write(ROBOTS)

print(RP.__all__)
rp = RP.RobotFileParser()
print(rp.mtime(), rp.can_fetch('a', '/'), rp.crawl_delay('a'), rp.request_rate('a'),
      rp.site_maps(), repr(str(rp)), repr(rp.url), repr(rp.host), repr(rp.path))
url = 'file://' + os.path.abspath('robots.txt')
rp.set_url(url)
print(rp.url == url, repr(rp.host), rp.path == os.path.abspath('robots.txt'))
rp.read()
print(rp.mtime() > 0, rp.disallow_all, rp.allow_all)
print(str(rp))
print('--')
for ua in ['FigTree', 'figtree/1.0', 'Mozilla', 'SomeBot/1.0', 'x *bot/1.0', '']:
    row = []
    for u in ['/tmp', '/tmp/ok.html', '/tmp/x', '/a<d.html', '/a%3Cd.html', '/~joe/index.html',
              '/cyberworld/map/x', 'http://example.com/tmp/', '/x?y=1', '/', '',
              'http://e/x?y=1', '/%7Ejoe/index.html']:
        row.append(rp.can_fetch(ua, u))
    print(repr(ua), row, rp.crawl_delay(ua), rp.request_rate(ua))
print(rp.site_maps())
rr = rp.request_rate('FigTree')
print(type(rr).__name__, rr, rr.requests, rr.seconds, rr._fields)

missing = RP.RobotFileParser('file:///nonexistent/robots.txt')
try:
    missing.read()
except Exception as exc:
    print(type(exc).__name__, exc)
print(missing.mtime(), missing.can_fetch('x', '/'))


def show(lines, checks=()):
    p = RP.RobotFileParser()
    p.parse(lines)
    print(repr(str(p)))
    print('   ', [(a, u, p.can_fetch(a, u)) for a, u in checks],
          [(a, p.crawl_delay(a), p.request_rate(a)) for a, _ in checks[:1]], p.site_maps())


show(['User-agent: *', 'Disallow: /'], [('x', '/a')])
show(['Allow: /x', 'Disallow: /y', 'user-agent: a', 'disallow: /z', '', '', 'Disallow: /q',
      'user-agent: b', 'user-agent: c', 'allow: /', 'crawl-delay: 5', 'request-rate: 3/4',
      'request-rate: 5/6'], [('a', '/z'), ('a', '/q'), ('c', '/y'), ('b', '/'), ('zz', '/')])
show([], [('a', '/')])
show(['User-agent: *', 'Disallow: /a', 'User-agent: *', 'Disallow: /b'], [('x', '/b'), ('x', '/a')])
show(['User-agent: a', 'Disallow: /x', 'User-agent: b', 'Disallow: /y'], [('a', '/y'), ('b', '/y'), ('b', '/x')])
show(['User-agent: a', '', 'User-agent: b', 'Disallow: /y'], [('a', '/y'), ('b', '/y')])
show(['User-agent: a', 'Crawl-delay: 3.5', 'Request-rate: 2/ 3', 'Disallow: /'], [('a', '/y')])
show(['User-agent: a', 'Crawl-delay: -1', 'Request-rate: 2', 'Disallow: /'], [('a', '/y')])
show(['User-agent: a', 'Crawl-delay:   7  ', 'Request-rate:  2/3 ', 'Disallow: /'], [('a', '/y')])
show(['User-agent: a', 'Crawl-delay: 7', 'Crawl-delay: 8', 'Disallow: /'], [('a', '/y')])
show(['User-agent: a', 'Crawl-delay: 7'], [('a', '/y')])
show(['User-agent: a', 'Crawl-delay: x', '', 'User-agent: b', 'Disallow: /'], [('a', '/y')])
show(['User-agent: a', '# only a comment', 'Disallow: /y'], [('a', '/y')])
show(['User-agent: a', '   ', 'Disallow: /y'], [('a', '/y')])
show(['User-agent: a', 'Disallow: *'], [('a', '/y'), ('a', '*')])
show(['User-agent: a', 'Disallow: /a*b'], [('a', '/a*b'), ('a', '/aXb')])
show(['User-agent:   a b  ', 'Disallow: /y'], [('a b', '/y'), ('xa b', '/y'), ('b', '/y'), ('a', '/y'), ('', '/y')])
show(['User-agent: *', 'Disallow: /y', '', 'User-agent: a', 'Allow: /y'], [('a', '/y'), ('*', '/y'), ('', '/y')])
show(['User-agent: a', 'Disallow: /y'], [('A/2', '/y'), ('Ab', '/y'), ('b', '/y'), ('xa/2', '/y')])
show(['user-AGENT : a', 'DISALLOW:/y', 'Disallow /z', 'Disallow:: /w'], [('a', '/y'), ('a', '/z'), ('a', ':/w'), ('a', '/w')])
show(['\ufeffUser-agent: a', 'Disallow: /y'], [('a', '/y')])
show(['User-agent: a', 'Disallow: /y', 'Sitemap: x', 'sitemap:y', 'Disallow: /z'], [('a', '/z')])
show(['User-agent: a', 'Disallow: /y;p?q#f'], [('a', '/y;p?q#f'), ('a', '/y;p?q'), ('a', 'http://h/y;p?q#f')])
show(['User-agent: a', 'Disallow: /\xe9'], [('a', '/\xe9'), ('a', '/%C3%A9')])
show(['User-agent: a', 'Disallow: /a%23b'], [('a', '/a#b'), ('a', '/a%23b'), ('a', 'http://x'), ('a', 'http://x/a%23b')])
show(['User-agent: a', 'User-agent: *', 'Disallow: /s'], [('q', '/s'), ('a', '/s')])
show(['User-agent: a', 'Allow: /p/ok', 'Disallow: /p'], [('a', '/p/ok/1'), ('a', '/p/no')])

p = RP.RobotFileParser()
p.parse(['Sitemap: a'])
print(p.site_maps(), p.crawl_delay('a'), p.can_fetch('a', '/'))
p = RP.RobotFileParser()
p.parse(['User-agent: a', 'Disallow: /'])
p.disallow_all = True
print(p.can_fetch('a', '/'), p.can_fetch('b', '/'))
p.disallow_all = False
p.allow_all = True
print(p.can_fetch('a', '/'))
p = RP.RobotFileParser()
print(p.mtime())
p.modified()
print(p.mtime() > 0, p.can_fetch('a', '/'))
p.set_url('http://h:1/a/robots.txt;x?q')
print(p.url, p.host, p.path)
print(repr(RP.RequestRate(1, 2)))
