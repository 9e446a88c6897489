import configparser
import io

SRC = """
# leading comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
; comment inside
other: value with: colon
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections())
print(cp.defaults())
print(list(cp))
print(len(cp), 'DEFAULT' in cp, 'nope' in cp, 'bitbucket.org' in cp)
print(cp['bitbucket.org']['user'], cp['bitbucket.org']['User'])
print(cp['bitbucket.org']['compression'])
top = cp['topsecret.server.com']
print(repr(top), top.name, top.parser is cp)
print(top['port'], top.getint('port'), top.getboolean('forwardx11'))
print(repr(top['multi']))
print(repr(top['other']), repr(top['empty']))
print(list(top))
print(sorted(top.keys()), len(top))
print(cp.options('topsecret.server.com'))
print(cp.items('bitbucket.org'))
print([(k, type(v).__name__) for k, v in cp.items()])
print(cp.getint('topsecret.server.com', 'port'))
print(cp.getfloat('DEFAULT', 'compressionlevel'))
print(cp.getboolean('bitbucket.org', 'compression'))
print(cp.has_option('bitbucket.org', 'user'), cp.has_option('bitbucket.org', 'ServerAliveInterval'))
print(cp.has_option('bitbucket.org', 'nothing'), cp.has_option('missing', 'user'))
print(cp.has_option('', 'compression'), cp.has_option(None, 'compression'))
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'))

# fallbacks
print(cp.get('bitbucket.org', 'missing', fallback='fb'))
print(cp.get('nosection', 'missing', fallback=None))
print(cp.getint('bitbucket.org', 'missing', fallback=7))
print(cp.getboolean('nosection', 'x', fallback=False))
print(top.get('missing'), top.get('missing', 'dflt'), top.getint('missing', 3))
print(cp['bitbucket.org'].get('user', raw=True))

for bad in [lambda: cp.get('nosection', 'x'),
            lambda: cp.get('bitbucket.org', 'x'),
            lambda: cp.getint('bitbucket.org', 'user'),
            lambda: cp.getfloat('bitbucket.org', 'user'),
            lambda: cp.getboolean('bitbucket.org', 'user'),
            lambda: cp['nosection'],
            lambda: cp['bitbucket.org']['nothing'],
            lambda: cp.options('nosection'),
            lambda: cp.items('nosection'),
            lambda: cp.add_section('bitbucket.org'),
            lambda: cp.add_section('DEFAULT'),
            lambda: cp.add_section(5),
            lambda: cp.set('nosection', 'a', 'b'),
            lambda: cp.set('bitbucket.org', 'a', 5),
            lambda: cp.set('bitbucket.org', 5, 'x'),
            lambda: cp.remove_option('nosection', 'a'),
            lambda: cp.__delitem__('DEFAULT'),
            lambda: cp.__delitem__('nosection'),
            lambda: top.__delitem__('nothing'),
            lambda: top.__setitem__('k', 3)]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e, e.args)

# booleans
for text in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF', 'maybe']:
    cp.set('bitbucket.org', 'flag', text)
    try:
        print(text, cp.getboolean('bitbucket.org', 'flag'))
    except ValueError as e:
        print(text, type(e).__name__, e)

# modification
cp.add_section('new')
cp.set('new', 'Key', 'Value')
cp['new']['Other'] = 'x'
cp['another'] = {'a': 1, 'B': 2.5}
print(cp['another']['a'], cp['another']['b'])
print(cp.remove_option('new', 'key'), cp.remove_option('new', 'key'))
print(cp.remove_section('new'), cp.remove_section('new'))
del cp['another']
print(cp.sections())
del top['port']
print('port' in top, top.get('port'))
cp['DEFAULT'] = {'only': 'this'}
print(cp.defaults())
cp['bitbucket.org'] = {'fresh': 'one'}
print(dict(cp['bitbucket.org']))

out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
print(cp.popitem()[0], cp.sections())
while cp.sections():
    cp.popitem()
try:
    cp.popitem()
except KeyError as e:
    print('KeyError', e.args)
cp.clear()
print(cp.sections(), cp.defaults())

# read_file / read_dict / read
cp2 = configparser.ConfigParser()
cp2.read_file(['[s]\n', 'a = 1\n', '  cont\n'])
print(dict(cp2['s']))
cp2.read_file(io.StringIO('[t]\nb=2\n'), source='named')
cp2.read_dict({'u': {'x': 'y'}, 'v': {}})
print(cp2.sections())
print(cp2.read(['/does/not/exist.ini']), cp2.read('/nope.ini'))
cp3 = configparser.RawConfigParser()
cp3.add_section('s')
cp3.set('s', 'num', 42)
cp3.set('s', 'pct', '%(bad')
print(cp3.get('s', 'num'), cp3.get('s', 'pct'), cp3.items('s'))
print(cp3['s']['num'], cp3.getint('s', 'num'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(configparser.__all__))
print(issubclass(configparser.ConfigParser, configparser.RawConfigParser))
print(isinstance(cp3['s'], configparser.SectionProxy))
