import configparser
import io
from collections import OrderedDict


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
        print('  args', e.args)


def parse(text, **kw):
    cp = configparser.ConfigParser(**kw)
    cp.read_string(text)
    return cp


def dump(cp):
    return {name: dict(cp.items(name, raw=True)) for name in cp.sections()}


# allow_no_value
nv = parse('[mysqld]\nskip-bdb\nuser = mysql\nquick\nempty=\n', allow_no_value=True)
print(dump(nv))
print(nv.get('mysqld', 'skip-bdb'), nv.has_option('mysqld', 'quick'))
print(nv['mysqld']['skip-bdb'])
nv.set('mysqld', 'novalue')
nv['mysqld']['other'] = None
buf = io.StringIO()
nv.write(buf)
print(buf.getvalue())
attempt('no value', lambda: parse('[s]\nnovalue\n'))

# delimiters, comments
cd = parse('[s]\nkey -> value\nother->x = y\n', delimiters=('->',))
print(dump(cd))
buf = io.StringIO()
cd.write(buf)
print(buf.getvalue())
cd2 = parse('[s]\na := 1\nb = c := 2\n', delimiters=[':=', '='], allow_no_value=True)
print(dump(cd2))
cc = parse('[s]\n// full comment\na = 1 # not inline\n  # indented\nb = 2\n',
           comment_prefixes=('//', '#'))
print(dump(cc))
ic = parse('[s]\na = 1 ; inline\nb = x;y ;z\nc = text # hash ; semi\nd = #start\n',
           inline_comment_prefixes=(';', '#'))
print(dump(ic))
nc = parse('[s]\n; kept?\na = 1\n', comment_prefixes=None, allow_no_value=True)
print(dump(nc))
attempt('comment', lambda: dump(parse('[s]\n; not comment\n', comment_prefixes=())))

# empty lines in values
ev = parse('[s]\na = one\n\n  two\nb = x\n')
print(dump(ev))
attempt('no empty', lambda: dump(parse('[s]\na = one\n\n  two\nb = x\n', empty_lines_in_values=False)))
print(dump(parse('[s]\na = one\n  two\n\n\nb = x\n', empty_lines_in_values=False)))
print(dump(parse('[s]\na = one\n  # comment line\n  three\n')))
print(dump(parse('[s]\na = one\n   \n  three\n   \n')))
print(dump(parse('[s]\n  a = indented\n    cont\n')))

# strict / duplicates
attempt('dup section', lambda: parse('[a]\n[b]\n[a]\n'))
attempt('dup option', lambda: parse('[a]\nx=1\nX=2\n'))
attempt('dup default', lambda: dump(parse('[DEFAULT]\nx=1\n[DEFAULT]\ny=2\n[a]\n')))
print(dump(parse('[a]\nx=1\n[a]\nx=2\ny=3\n', strict=False)))
attempt('dup dict section', lambda: configparser.ConfigParser().read_dict({'a': {}, 'A': {}}))
attempt('dup dict option', lambda: configparser.ConfigParser().read_dict({'a': {'k': 1, 'K': 2}}))
cp = configparser.ConfigParser(strict=False)
cp.read_dict({'a': {'k': 1, 'K': 2}})
print(dump(cp))
cp = parse('[a]\nx = 1\n')
cp.read_string('[a]\nx = 2\n')
print(dump(cp))
attempt('dup in read_file', lambda: cp.read_file(['[b]\n', 'y = 1\n', 'y = 2\n'], 'lines.ini'))
attempt('dup named', lambda: cp.read_file(io.StringIO('[c]\n[c]\n'), source='file.cfg'))

# parsing errors
attempt('no header', lambda: parse('key = value\n[s]\n'))
attempt('no header2', lambda: parse('\n\n  junk\n', ))
attempt('bad lines', lambda: parse('[s]\nthis has no delimiter\na = 1\nanother one\n=novalue\n'))
try:
    parse('[s]\nbad line\n')
except configparser.ParsingError as e:
    print(e.source, e.errors, repr(e.message))
try:
    parse('x=1\n')
except configparser.MissingSectionHeaderError as e:
    print(e.source, e.lineno, repr(e.line), isinstance(e, configparser.ParsingError))
pe = configparser.ParsingError('src')
pe.append(3, 'line three')
pe.append(12, 'line twelve')
print(pe)
print(pe.errors, pe.args)
print(configparser.DuplicateSectionError('s', 'f', 3))
print(configparser.DuplicateSectionError('s', 'f'))
print(configparser.DuplicateOptionError('s', 'o', 'f', 120).args)
print(configparser.DuplicateOptionError('s', 'o'))
print(configparser.NoOptionError('o', 's').option, configparser.NoSectionError('s').section)

# section header forms
print(dump(parse('[ spaced ]\n[a]b]\n[x] trailing\n  [y]\nk=v\n')))
print(parse('[Case]\n[case]\n').sections())

# default_section, dict_type, optionxform
ds = parse('[common]\na = 1\n[s]\nb = 2\n', default_section='common')
print(ds.defaults(), ds.sections(), dump(ds), list(ds))
attempt('del common', lambda: ds.__delitem__('common'))
od = configparser.ConfigParser(dict_type=OrderedDict)
od.read_string('[z]\nb=1\na=2\n[y]\n')
print(od.sections(), list(od['z']))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string('[s]\nMixed = 1\nmixed = 2\n')
print(dump(cs), cs.has_option('s', 'MIXED'))

class Keep(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()

kp = Keep({'Def': 'v'})
kp.read_string('[s]\nabc = 1\n')
print(dump(kp), kp.defaults())

# defaults argument
d1 = configparser.ConfigParser({'Num': 3, 'flag': 'on'})
print(d1.defaults())
d2 = configparser.RawConfigParser({'Num': 3})
print(d2.defaults())
attempt('int default key', lambda: configparser.ConfigParser({1: 'x'}).defaults())

# converters
cv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cv.read_string('[s]\nitems = a, b ,c\nn = 5\n')
print(cv.getlist('s', 'items'), cv['s'].getlist('items'), cv['s'].getlist('none'))
print(cv.getlist('s', 'missing', fallback='fb'), cv.getlist.converter is cv.converters['list'])
print(sorted(cv.converters), len(cv.converters), cv.converters['int'])
cv.converters['upper'] = str.upper
print(cv.getupper('s', 'items'), cv['s'].getupper('items'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), hasattr(cv['s'], 'getupper'), sorted(cv.converters))
attempt('conv empty', lambda: cv.converters.__setitem__('', str))
attempt('conv int key', lambda: cv.converters.__setitem__(5, str))
attempt('conv del', lambda: cv.converters.__delitem__('nothere'))
attempt('conv del none', lambda: cv.converters.__delitem__(None))
print(cv['s'].getint('n'), cv['s'].getfloat('n'), cv['s'].getboolean('missing', True))

class WithGetter(configparser.ConfigParser):
    def getdecimal(self, section, option, **kw):
        return 'dec:' + self.get(section, option, **kw)

wg = WithGetter()
print(sorted(wg.converters), wg.converters['decimal'])

# SectionProxy extras
sp = parse('[DEFAULT]\nd = 1\n[s]\na = 2\n')
print(list(sp['DEFAULT']), list(sp['s']), len(sp['DEFAULT']))
print(sp['s'].get('a', vars={'a': 'v'}), sp['DEFAULT']['d'])
print('d' in sp['s'], 'zz' in sp['s'])
attempt('del inherited', lambda: sp['s'].__delitem__('d'))
sp['s']['newkey'] = 'val'
print(dict(sp['s']))
print(sp['s'] == sp['s'], sp['s'] is sp['s'], sp.get('s', 'a'))
