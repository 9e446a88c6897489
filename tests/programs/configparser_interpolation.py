import configparser
import warnings


def show(fn):
    try:
        print('ok', repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
        print('  args', e.args)


BASIC = """
[DEFAULT]
home = /home/%(user)s
user = anon

[paths]
user = bob
data = %(home)s/data
pct = 100%%
loop1 = %(loop2)s
loop2 = %(loop1)s
missing = %(nothere)s/x
badsyntax = 50% off
badref = %(unclosed
upper = %(USER)s
nested = %(data)s/sub
"""

cp = configparser.ConfigParser()
cp.read_string(BASIC)
for opt in ['home', 'user', 'data', 'pct', 'loop1', 'missing', 'badsyntax',
            'badref', 'upper', 'nested']:
    show(lambda: cp.get('paths', opt))
    show(lambda: cp.get('paths', opt, raw=True))
show(lambda: cp.get('paths', 'data', vars={'home': '/override'}))
show(lambda: cp.get('paths', 'data', vars={'Home': 5}))
show(lambda: cp.get('DEFAULT', 'home'))
show(lambda: cp['paths']['data'])
show(lambda: cp.items('paths', raw=True)[:3])
show(lambda: cp.items('paths', vars={'user': 'zed'})[:3])
show(lambda: cp.items('DEFAULT'))
show(lambda: cp.set('paths', 'bad', '%x'))
show(lambda: cp.set('paths', 'bad', 'a %(ok)s and 100%% and %'))
show(lambda: cp.set('paths', 'good', 'a %(ok)s and 100%%'))
show(lambda: cp.get('paths', 'good', raw=True))
show(lambda: configparser.ConfigParser(interpolation=5))
show(lambda: configparser.ConfigParser(interpolation=None).get('DEFAULT', 'x', fallback='%(nothing'))

EXT = """
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
cost = $$80

[frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
cost: ${common:cost}
bad1 = ${nope}
bad2 = ${nosect:x}
bad3 = ${a:b:c}
bad4 = $x
bad5 = ${unclosed
self = ${self}
"""
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(EXT)
for opt in ['my_dir', 'my_pictures', 'python_dir', 'cost', 'bad1', 'bad2',
            'bad3', 'bad4', 'bad5', 'self']:
    show(lambda: ext.get('Arthur', opt))
show(lambda: ext.get('common', 'cost'))
show(lambda: ext.set('Arthur', 'z', '$ bad'))
show(lambda: ext.set('Arthur', 'z', '${ok} $$ fine'))
show(lambda: dict(ext['frameworks']))

raw = configparser.RawConfigParser()
raw.read_string(BASIC)
show(lambda: raw.get('paths', 'data'))
show(lambda: raw['paths']['badsyntax'])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    legacy = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
    print([(w.category.__name__, str(w.message)) for w in caught])
legacy.read_string(BASIC.replace('badsyntax = 50% off\n', '').replace('badref = %(unclosed\n', ''))
for opt in ['data', 'pct', 'loop1', 'missing', 'upper', 'nested']:
    show(lambda: legacy.get('paths', opt))

# interpolation subclass hooks
class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_read(self, parser, section, option, value):
        return value + '!'

    def before_write(self, parser, section, option, value):
        return '<' + value + '>'

u = configparser.ConfigParser(interpolation=Upper())
u.read_string('[a]\nx = hello\ny = multi\n  line\n')
print(u.get('a', 'x'), u.get('a', 'x', raw=True), repr(u['a']['y']))
import io
buf = io.StringIO()
u.write(buf)
print(buf.getvalue())

# errors as objects
e = configparser.InterpolationMissingOptionError('opt', 'sec', 'raw %(x)s', 'x')
print(e.option, e.section, e.reference, e.args)
e = configparser.InterpolationDepthError('opt', 'sec', 'raw')
print(e, e.args, isinstance(e, configparser.InterpolationError))
e = configparser.InterpolationSyntaxError('o', 's', 'message here')
print(e, e.args, e.message, repr(e))
e = configparser.InterpolationError('o', 's', 'msg')
print(e, e.args)
print(configparser.Error('hi'), repr(configparser.Error('hi')), configparser.Error().args)
