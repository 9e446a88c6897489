import csv

def show(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.skipinitialspace, d.lineterminator, d.quoting, d.strict)

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
print(sorted(csv.list_dialects()))
for name in ['excel', 'excel-tab', 'unix']:
    print(name, show(csv.get_dialect(name)))
print(csv.excel.delimiter, csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting)
print(csv.Dialect.delimiter, csv.Dialect._name, csv.excel._valid)

tests = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
         dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=1), dict(quotechar=None),
         dict(escapechar=''), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=1),
         dict(lineterminator=None), dict(quoting=9), dict(quoting='a'), dict(quoting=None),
         dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(doublequote=0), dict(strict='x'),
         dict(skipinitialspace=[]), dict(delimiter='\n'), dict(quotechar='\r'),
         dict(escapechar='\n'), dict(delimiter=',', quotechar=','), dict(quotechar='x', escapechar='x'),
         dict(lineterminator=''), dict(bogus=1), dict(quoting=csv.QUOTE_NONE, quotechar=None),
         dict(delimiter=b','), dict(delimiter=1, quoting=9), dict(quoting=True)]
for t in tests:
    try:
        print(t, show(csv.reader([], **t).dialect))
    except Exception as e:
        print(t, type(e).__name__, e)
    try:
        print(t, show(csv.writer(None.__class__ and __import__('io').StringIO(), **t).dialect))
    except Exception as e:
        print(t, type(e).__name__, e)

class E(csv.excel):
    quotechar = None
class G:
    quotechar = None
class H:
    quotechar = None
    quoting = 0
class I:
    quoting = 1
    delimiter = ';'
for args, kw in [((csv.excel,), dict(quotechar=None)), (('excel',), dict(quotechar=None, quoting=0)),
                 ((E,), {}), ((G,), {}), ((H,), {}), (('excel',), dict(quotechar=None)),
                 ((I,), {}), ((I(),), dict(delimiter='|')), ((E,), dict(quoting=3)),
                 (('nosuch',), {}), ((42,), {})]:
    try:
        print(args[0] if isinstance(args[0], str) else '-', kw, show(csv.reader([], *args, **kw).dialect))
    except Exception as e:
        print(args[0] if isinstance(args[0], str) else '-', kw, type(e).__name__, e)

d = csv.get_dialect('excel')
for attr in ['delimiter', 'quoting']:
    try:
        setattr(d, attr, 'x')
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.Dialect()
except Exception as e:
    print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ';'
try:
    D()
except Exception as e:
    print(type(e).__name__, e)
class F(csv.excel):
    delimiter = '::'
try:
    F()
except Exception as e:
    print(type(e).__name__, e)
try:
    csv.reader([], F)
except Exception as e:
    print(type(e).__name__, e)
class Good(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = False
    escapechar = '!'
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
g = Good()
print(g._valid, show(csv.reader([], g).dialect), show(csv.reader([], Good).dialect))
print(list(csv.reader(["a: 'b:c': d!:e"], Good)))

csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(show(csv.get_dialect('semi')), sorted(csv.list_dialects()))
csv.register_dialect('ex2', csv.excel, delimiter='|')
csv.register_dialect('good', Good)
print(show(csv.get_dialect('ex2')), show(csv.get_dialect('good')))
print(list(csv.reader(['a;"b;c"'], 'semi')))
for call in [lambda: csv.register_dialect('bad', delimiter=5), lambda: csv.register_dialect(1),
             lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'),
             lambda: csv.get_dialect(['x'])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
csv.unregister_dialect('semi')
csv.unregister_dialect('ex2')
csv.unregister_dialect('good')
print(sorted(csv.list_dialects()))
print(issubclass(csv.Error, Exception), csv.Error.__name__)
