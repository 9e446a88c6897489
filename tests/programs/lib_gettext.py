# gettext: c2py fuzzed against CPython, .mo catalogs built here, the look-up functions.
import sys, os
import gettext, io, struct, warnings, random, decimal
print(gettext.__all__ == ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext'])
# fuzz c2py
random.seed(5)
toks = ['n','n','1','2','0','10','(',')','!','==','!=','<','>','<=','>=','+','-','*','/','%','&&','||','?',':',' ','&','x','n2']
cnt = 0
for i in range(3000):
    e = ''.join(random.choice(toks) + random.choice(['',' ']) for _ in range(random.randint(1,12)))
    try:
        f = gettext.c2py(e)
        r = []
        for v in (0,1,2,3,5,11,21,100):
            try: r.append(f(v))
            except ZeroDivisionError as ex: r.append('Z:'+str(ex))
        print(repr(e), r)
    except SyntaxError as ex:
        print(repr(e), 'SyntaxError')
    except Exception as ex:
        print(repr(e), type(ex).__name__, ex)
for e in ['('*k+'n'+')'*k for k in (20,21)] + ['n?'*k+'1'+':2'*k for k in (21,22)] + ['n'+'==1'*k for k in (21,22)] + [' '*1001, '1'*1000, 'n\n', '\u0661', 'n % 10 == 1 && n % 100 != 11 ? 0 : n != 0 ? 1 : 2']:
    try:
        f = gettext.c2py(e); print(repr(e)[:30], f(3), f.__name__)
    except Exception as ex: print(repr(e)[:30], type(ex).__name__, ex)
f = gettext.c2py('n!=1')
for v in [1.0, 1.5, '1', None, True, decimal.Decimal(2), 1j]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: print(repr(v), f(v), [(x.category.__name__, str(x.message), os.path.basename(x.filename), x.lineno) for x in w])
        except Exception as ex: print(repr(v), type(ex).__name__, ex)

def mo(entries, be=False, version=0, magic=0x950412de):
    e='>' if be else '<'
    keys=sorted(entries); n=len(keys)
    ids=b''; strs=b''; offs=[]
    for k in keys:
        v=entries[k]; offs.append((len(ids),len(k),len(strs),len(v))); ids+=k+b'\0'; strs+=v+b'\0'
    ko=28; vo=ko+8*n; ido=vo+8*n; so=ido+len(ids)
    out=struct.pack(e+'7I', magic, version, n, ko, vo, 0, 0)
    for o,l,so2,l2 in offs: out+=struct.pack(e+'II', l, ido+o)
    for o,l,so2,l2 in offs: out+=struct.pack(e+'II', l2, so+so2)
    return out+ids+strs
hdr = ('Project-Id-Version: x 1.0\nContent-Type: text/plain; charset=UTF-8\n'
       'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'
       'X-Multi: first\n  continued\n#-#-#-#-#  a.po  #-#-#-#-#\n').encode()
ent = {b'': hdr, b'hello': 'Привет'.encode(), b'file\0files': 'файл\0файла\0файлов'.encode(),
       b'menu\x04open': 'Открыть'.encode(), b'menu\x04item\0items': 'пункт\0пункта\0пунктов'.encode()}
os.makedirs('loc/ru/LC_MESSAGES', exist_ok=True)
os.makedirs('loc/de/LC_MESSAGES', exist_ok=True)
with open('loc/ru/LC_MESSAGES/app.mo','wb') as fp: fp.write(mo(ent))
with open('loc/de/LC_MESSAGES/app.mo','wb') as fp: fp.write(mo({b'': b'Content-Type: text/plain; charset=latin-1\n', b'hello': 'Grüß'.encode('latin-1'), b'bye': b'Tschuess'}, be=True))
for be in (False, True):
    t = gettext.GNUTranslations(io.BytesIO(mo(ent, be=be)))
    print(t.gettext('hello'), t.gettext('nope'), [t.ngettext('file','files',k) for k in (1,2,5,11,21,22)])
    print(t.pgettext('menu','open'), t.pgettext('menu','x'), [t.npgettext('menu','item','items',k) for k in (1,3,7)], t.npgettext('zz','a','b',2))
    print(sorted(t.info().items()), t.charset(), t.gettext('file'))
    print(sorted(t._catalog.items(), key=repr))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(t.ngettext('file','files', 2.0), [(str(x.message), os.path.basename(x.filename), x.lineno) for x in w])
for bad in [mo(ent, magic=0x12345678), mo(ent, version=2<<16), mo(ent)[:-5]]:
    b = io.BytesIO(bad); b.name = 'bad.mo'
    try: gettext.GNUTranslations(b)
    except OSError as ex: print(type(ex).__name__, ex, ex.args, ex.filename)
try: gettext.GNUTranslations(io.BytesIO(mo({b'':b'Plural-Forms: nplurals=2; plural=n+x;\n'})))
except ValueError as ex: print('VE', ex)
print(gettext.find('app', 'loc', ['ru']), gettext.find('app', 'loc', ['de_DE.UTF-8', 'ru'], all=True), gettext.find('app','loc',['fr']), gettext.find('app','loc',['fr'],all=True))
print(gettext._expand_lang('de_DE'), gettext._expand_lang('sr_RS@latin'), gettext._expand_lang('C'))
for k in ('LANGUAGE','LC_ALL','LC_MESSAGES','LANG'): os.environ.pop(k, None)
os.environ['LANG'] = 'de_DE.UTF-8'
print(gettext.find('app', 'loc'))
os.environ['LC_MESSAGES'] = 'ru_RU'
print(gettext.find('app', 'loc'))
os.environ['LANGUAGE'] = 'fr:de'
print(gettext.find('app', 'loc', all=True))
os.environ['LANGUAGE'] = 'de:ru'
t = gettext.translation('app', 'loc')
print(type(t).__name__, t.gettext('hello'), t.gettext('bye'), t.ngettext('file','files',5), t._fallback.gettext('hello'), t.charset())
t2 = gettext.translation('app', 'loc'); print(t2 is t, t2._catalog is t._catalog)
try: gettext.translation('app', 'loc', ['fr'])
except FileNotFoundError as ex: print(ex, ex.errno, ex.filename, ex.args)
print(type(gettext.translation('app', 'loc', ['fr'], fallback=True)).__name__)
class My(gettext.GNUTranslations): pass
print(type(gettext.translation('app', 'loc', ['ru'], class_=My)).__name__)
import builtins
t.install(names=['ngettext', 'foo'])
print(_('hello'), builtins.ngettext('file','files',1), hasattr(builtins,'foo'))
gettext.install('app', 'loc', names=('pgettext',))
print(_('hello'), builtins.pgettext('menu','open'))
print(gettext.textdomain(), gettext.bindtextdomain('app', 'loc'), gettext.textdomain('app'))
print(gettext.gettext('hello'), gettext.ngettext('file','files',3), gettext.pgettext('menu','open'), gettext.npgettext('menu','item','items',2))
print(gettext.dgettext('nodom','hello'), gettext.dngettext('nodom','a','b',1), gettext.dngettext('nodom','a','b',2), gettext.dpgettext('nodom','c','m'), gettext.dnpgettext('nodom','c','a','b',3))
n = gettext.NullTranslations(); n.add_fallback(gettext.NullTranslations()); n.add_fallback(t)
print(n.gettext('hello'), n.ngettext('a','b',3), n.info(), n.charset())
print(gettext.GNUTranslations.LE_MAGIC, gettext.GNUTranslations.BE_MAGIC, gettext.GNUTranslations.VERSIONS, gettext.GNUTranslations.CONTEXT)
print(gettext.Catalog is gettext.translation)
