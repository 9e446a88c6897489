import csv, io

def w(rows, **kw):
    s = io.StringIO(newline='')
    try:
        wr = csv.writer(s, **kw)
        rets = [wr.writerow(r) for r in rows]
        print(rets, repr(s.getvalue()))
    except Exception as e:
        print(repr(s.getvalue()), type(e).__name__, e)

w([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', ' j', 'k ']])
w([['a\rb', 'c\nd', 'e f', ' g', 'h ']], lineterminator='\n')
w([['a\\b', 'c"d']], escapechar='\\')
w([['a\\b', 'c"d']], escapechar='\\', doublequote=False)
w([['a"b']], doublequote=False)
w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE)
w([['a,b', 'c"d', 'e\\f', 'g\nh']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['']], quoting=csv.QUOTE_NONE)
w([[''], [None], [], ['', ''], [None, None]])
w([[1, 1.5, True, None, 'x', 2+1j, '']], quoting=csv.QUOTE_NONNUMERIC)
w([[1, 1.5, True, None, 'x', '']], quoting=csv.QUOTE_STRINGS)
w([[1, 1.5, True, None, 'x', '']], quoting=csv.QUOTE_NOTNULL)
w([[1, 1.5, True, None, 'x', '']], quoting=csv.QUOTE_ALL)
w([1])
w(['abc'])
w([('t', 'u'), iter(['v', 'w']), range(3)])
w([['x', 'y']], lineterminator='XY')
w([['aXb', 'Yc']], lineterminator='XY')
w([['a b']], delimiter=' ')
w([['', 'a']], delimiter=' ')
w([[' a']], delimiter=' ', skipinitialspace=True)
w([['a', ' b']], skipinitialspace=True)
w([['"']], quoting=csv.QUOTE_NONE, quotechar=None)
w([['"a']], quoting=csv.QUOTE_NONE)
w([[float('nan'), 10**20, 0.1, -0.0]])
w([["it's", 'x']], quotechar="'")
w([['a;b', 'c']], dialect='excel', delimiter=';')
w([['a', 'b\tc']], dialect='excel-tab')
w([['a', 'b']], dialect='unix')

s = io.StringIO()
wr = csv.writer(s, quoting=csv.QUOTE_ALL)
print(wr.writerows([['a', 1], ['b', 2], []]))
print(repr(s.getvalue()))
print(wr.dialect.quoting, wr.dialect.lineterminator == '\r\n')
try:
    csv.writer(1)
except Exception as e:
    print(type(e).__name__, e)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return 'written'
k = Sink()
print(csv.writer(k).writerow(['a', 'b']), k.parts)

# round trip
rows = [['plain', 'with,comma', 'with "quotes"', 'multi\nline', ''], ['', None, 3, 4.25, 'end']]
s = io.StringIO(newline='')
csv.writer(s).writerows(rows)
print(repr(s.getvalue()))
s.seek(0)
print(list(csv.reader(s)))
s = io.StringIO(newline='')
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 'a', 2.5], [3, 'b', -1]])
s.seek(0)
print(list(csv.reader(s, quoting=csv.QUOTE_NONNUMERIC)))
