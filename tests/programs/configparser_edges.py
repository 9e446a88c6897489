import configparser, io, re
from configparser import ConfigParser, RawConfigParser, ExtendedInterpolation

def show(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
        print('  args', e.args)

def parse(text, cls=ConfigParser, **kw):
    cp = cls(**kw)
    cp.read_string(text)
    return cp

def dump(cp):
    return {n: dict(cp.items(n, raw=True)) for n in cp.sections()}

show('inline quirk', lambda: parse('[s]\nx = a;b;c ;d #e\ny=;z\n', inline_comment_prefixes=(';', '#'))['s']['x'])
show('inline start', lambda: dump(parse('[s]\nx = 1\n;full\n y\n', inline_comment_prefixes=(';',))))
show('nv cont', lambda: dump(parse('[s]\nkey\n  cont\n', allow_no_value=True)))
def partial():
    cp = ConfigParser()
    try:
        cp.read_string('[s]\n=x\nok = 1\n  more\nbad\n')
    except configparser.ParsingError as e:
        print('pe', e.errors)
    return dump(cp)
show('partial', partial)
show('items none', lambda: parse('[s]\nk\n', allow_no_value=True).items('s'))
show('items none ext', lambda: parse('[s]\nk\n', allow_no_value=True, interpolation=ExtendedInterpolation()).items('s'))
show('items none raw', lambda: parse('[s]\nk\n', allow_no_value=True, cls=RawConfigParser).items('s'))
show('upper missing', lambda: parse('[s]\na = %(NotHere)s\n').get('s', 'a'))
show('ext upper missing', lambda: parse('[s]\na = ${NotHere}\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
show('ext vars', lambda: parse('[s]\na = ${b}/x\n', interpolation=ExtendedInterpolation()).get('s', 'a', vars={'B': 'vv'}))
show('ext vars nested', lambda: parse('[s]\na = ${c}/x\nc = ${b}\n', interpolation=ExtendedInterpolation()).get('s', 'a', vars={'B': 'vv'}))
show('basic vars nested', lambda: parse('[s]\na = %(c)s/x\nc = %(b)s\n').get('s', 'a', vars={'B': 'vv'}))
show('nested missing', lambda: parse('[s]\na = %(c)s/x\nc = %(zz)s\n').get('s', 'a'))
show('ext nested missing', lambda: parse('[s]\na = ${c}/x\nc = ${t:zz}\n[t]\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
show('ext cross loop', lambda: parse('[s]\na = ${t:b}\n[t]\nb = ${s:a}\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
show('vars loop', lambda: parse('[s]\na = 1\n').get('s', 'q', vars={'q': '%(r)s', 'r': '%(q)s'}))
show('vars none', lambda: parse('[s]\na = 1\n').get('s', 'q', vars={'q': None}))
show('depth near', lambda: parse('[s]\n' + ''.join('a%d = %%(a%d)s\n' % (i, i + 1) for i in range(12)) + 'a12 = end\n').get('s', 'a3'))
show('depth pct', lambda: parse('[s]\n' + ''.join('a%d = %%(a%d)s%%%%\n' % (i, i + 1) for i in range(12)) + 'a12 = end%%\n').get('s', 'a2'))
for v in ['%(x', '%(x)', '%()s', '%(x)s%', 'a%%b%(c)sd %e', '100%', '%%(a)s %']:
    show('bset ' + v, lambda: ConfigParser().set('DEFAULT', 'k', v))
for v in ['${x', '$', '${}', '$${a}$', 'x ${a:b} $y']:
    show('eset ' + v, lambda: ConfigParser(interpolation=ExtendedInterpolation()).set('DEFAULT', 'k', v))
show('basic empty ref', lambda: parse('[s]\na = %()s\n', cls=RawConfigParser).items('s'))
show('basic syntax', lambda: parse('[s]\na = x %()s\n').get('s', 'a'))
show('basic syntax2', lambda: parse('[s]\na = x %(a)d\n').get('s', 'a'))
show('ext syntax', lambda: parse('[s]\na = x ${}\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
show('ext three', lambda: parse('[s]\na = ${a:b:c} tail\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
show('ext nosect', lambda: parse('[s]\na = ${DEFAULT:x}\n[DEFAULT]\nx=1\n', interpolation=ExtendedInterpolation()).get('s', 'a'))
import warnings
warnings.simplefilter('ignore')
lg = parse('[s]\na = %(B)s and %(c)s\nb = x\nc = %%(b)s\nd = 50%\ne = %(zz)s\n', interpolation=configparser.LegacyInterpolation())
for o in 'acde':
    show('legacy ' + o, lambda: lg.get('s', o))
show('no empty comment', lambda: dump(parse('[s]\na = 1\n# c\n  b\n', empty_lines_in_values=False)))
show('trailing blanks', lambda: dump(parse('[s]\na = 1\n\n\n[t]\nb = 2\n  \n')))
class Sect(ConfigParser):
    SECTCRE = re.compile(r'\[ *(?P<header>[^]]+?) *\]')
show('sectcre', lambda: dump(parse('[  spaced  ]\nk = v\n', cls=Sect)))
show('nv delims', lambda: dump(parse('[s]\na\nb : 1\nc => 2\n', delimiters=('=>', ':'), allow_no_value=True)))
def wr(cp, **kw):
    b = io.StringIO(); cp.write(b, **kw); return b.getvalue()
r = RawConfigParser(); r.add_section('s'); r.set('s', 'n', None); r.set('s', 'i', 5)
show('write none', lambda: wr(r))
show('write delim', lambda: wr(parse('[s]\na: 1\n', delimiters=(':', '=')), space_around_delimiters=False))
show('write ds', lambda: wr(parse('[c]\na = 1\n[s]\nb = 2\n', default_section='c')))
cv = ConfigParser(converters={'len': len})
cv.read_string('[s]\nx = abc\n')
show('conv', lambda: (cv.getlen('s', 'x'), cv['s'].getlen('x'), cv['s'].getlen('y', fallback=0), cv['s'].getint('y', 9)))
cv.add_section('late')
cv['late']['z'] = 'hello'
show('conv late', lambda: cv['late'].getlen('z'))
show('conv list', lambda: sorted(cv.converters.items(), key=str))
show('rf list', lambda: (lambda c: (c.read_file(['[a]\n', 'bad\n']), c))(ConfigParser()))
show('rd strict', lambda: ConfigParser().read_dict({'a': {'x': 1}, 'b': {}}, source='S') or 'none')
cp = parse('[DEFAULT]\nd = 1\n[s]\na = 2\n')
show('opts', lambda: (cp.options('s'), cp.has_option('s', 'd'), cp.has_option('DEFAULT', 'a'), cp.remove_option('s', 'd'), cp.remove_option('DEFAULT', 'd')))
show('items view', lambda: [(k, v.name) for k, v in cp.items()])
show('values', lambda: [v.name for v in cp.values()])
show('keys', lambda: list(cp.keys()))
show('set self', lambda: cp.__setitem__('s', cp['s']) or dict(cp['s']))
show('set other', lambda: cp.__setitem__('t', cp['s']) or dict(cp['t']))
show('get fallback raw', lambda: cp.get('s', 'zz', raw=True, fallback=5))
show('getint bad fb', lambda: cp.getint('s', 'a', fallback=1))
cp.set('s', 'b', 'nope')
show('getbool bad fb', lambda: cp.getboolean('s', 'b', fallback=1))
show('proxy get kw', lambda: cp['s'].get('a', raw=True, fallback='f'))
show('rawcp set', lambda: (RawConfigParser().add_section(3), 'x'))
show('cp set none', lambda: ConfigParser().set('DEFAULT', 'x', None))
show('cp set none nv', lambda: ConfigParser(allow_no_value=True).set('DEFAULT', 'x', None))
show('cp set 0 nv', lambda: ConfigParser(allow_no_value=True).set('DEFAULT', 'x', 0))
show('readfn list', lambda: ConfigParser().read([]))
show('empty section hdr', lambda: dump(parse('[]\n')))
show('vars ints', lambda: parse('[s]\na = %(n)s\n').get('s', 'a', vars={'n': 3}))
show('items vars raw', lambda: parse('[s]\na = %(n)s\n').items('s', vars={'a': 3}, raw=True))
e = configparser.DuplicateSectionError('s', 'f', None)
print(vars(e).keys(), sorted(vars(configparser.InterpolationMissingOptionError('o','s','r','x'))))
print(sorted(vars(configparser.NoOptionError('o','s'))), sorted(vars(configparser.DuplicateOptionError('s','o'))))
print(str(configparser.Error()), repr(configparser.NoSectionError('x')))
print(configparser.SectionProxy(cp, 's').name, list(configparser.ConfigParser().converters))
