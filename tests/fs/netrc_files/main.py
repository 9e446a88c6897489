import netrc, os
cases = [
 'machine h login u password p\n',
 'machine h login u account a password p\ndefault login d password dp\n',
 'machine h\n',
 'machine h user u passwd x\n',
 'machine h login u password p\nmachine h login v\n',
 'foo bar\n',
 'machine h login u bogus p\n',
 '# comment line\nmachine h login u password p # trailing\n',
 'machine h login u password p#notcomment\n',
 'machine "h s" login "u\\"q" password a\\ b\n',
 'macdef m1\nline one\nline two\n\nmachine h login u password p\n',
 'macdef m1\nline one\n',
 'macdef\n',
 'machine\n',
 'login u\n',
 'default login d\ndefault login e\n',
 'machine h login u password\n',
 'machine h login\n',
 '',
 'machine a login x\nmachine b\n login y\n   password z\n',
 '\n\nmachine h login u password p\n\n junk\n',
 'machine h login u password "unterminated\n',
 'machine h login u password p\n#c1\n  #c2 x y\nmachine i\n',
 'machine h login u password p\n  macdef m\n  a b\n  c\n\n',
 'default\n',
 'machine h macdef x\n\n',
 'machine h login u\x0bp\n',
 'machine h\tlogin\tu\rpassword p\n',
]
for i, c in enumerate(cases):
    with open('n%d' % i, 'w') as f: f.write(c)
    try:
        n = netrc.netrc('n%d' % i)
        print(i, n.hosts, n.macros)
        print(repr(repr(n)))
        print(n.authenticators('h'), n.authenticators('zz'))
    except netrc.NetrcParseError as e:
        print(i, 'ERR', str(e), repr(e.msg), e.filename, e.lineno, e.args)
    os.remove('n%d' % i)
e = netrc.NetrcParseError('m')
print(str(e), e.args, e.filename, e.lineno)
e = netrc.NetrcParseError('m', 'f', 3)
print(str(e), e.args, e.filename, e.lineno)
print(netrc.__all__)
try:
    netrc.netrc('nonexist')
except OSError as e: print(type(e).__name__, e)
os.environ['HOME'] = '/nonexist'
try:
    netrc.netrc()
except OSError as e: print(type(e).__name__, e)
n = netrc.netrc('given.netrc')
print(n.hosts)
print(n.macros)
print(n.authenticators('example.com'), n.authenticators('other'))
print(repr(n))

cases = [
 'macdef m1 extra stuff\nline\n\nmachine h\n',
 'machine h login machine password x\n',
 'machine h login "a\nb" password x y\n',
 'machine h login u\n# c\n# d\n junk\n',
 'macdef m\nl1\nl2\n\nfoo\n',
 'machine h login a"b c"d password \\\n\n',
 'machine h password p\\',
 'machine h login u password p\nmachine "" login v\n',
 'machine h login u password p # c\n  junk x\n',
 '#only\n',
 'machine h account a\n',
 'macdef m\n\n',
 'machine h login u password p macdef m\nx\n\n',
 'machine "h"x login u\n',
 'machine h login u password "" account ""\n',
 'default login u password p\nmachine h\n',
 'machine h login u password p\tmachine\n',
 'machine h\n\n\n\n  login \n',
]
for i, c in enumerate(cases):
    with open('n%d' % i, 'w') as f: f.write(c)
    try:
        n = netrc.netrc('n%d' % i)
        print(i, n.hosts, n.macros)
        print(repr(repr(n)))
        print(n.authenticators('h'), n.authenticators('zz'))
    except netrc.NetrcParseError as e:
        print(i, 'ERR', str(e), repr(e.msg), e.filename, e.lineno, e.args)
    os.remove('n%d' % i)
