import csv, io

r = csv.DictReader(io.StringIO('a,b\n1,2\n3\n4,5,6\n\n7,8\n'))
print(r.fieldnames, r.line_num)
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO('1,2,3\n4\n'), fieldnames=['x', 'y'], restkey='R', restval='V')
print(list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('h1;h2\n"x;y";z\n'), delimiter=';')
print(next(r), r.line_num)
r = csv.DictReader(['k,v', 'a,1', 'b,2'], fieldnames=iter(['K', 'V']))
print([dict(x) for x in r])
r = csv.DictReader(io.StringIO('\n\nname,age\nbob,3\n'))
print(r.fieldnames, list(r))
print(csv.DictReader[int], csv.DictWriter[str])

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'])
print(w.writeheader(), w.writerow({'a': 1}), w.writerows([{'b': 2}, {'a': 'x,y', 'b': None}]))
try:
    w.writerow({'c': 3})
except Exception as e:
    print(type(e).__name__, e)
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except Exception as e:
    print(type(e).__name__, e)
w = csv.DictWriter(s, ['a'], extrasaction='ignore', restval='R')
w.writerow({'c': 1, 'x': 2})
w = csv.DictWriter(s, ('p', 'q'), extrasaction='IGNORE', quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow({'q': 1, 'z': 0})
print(repr(s.getvalue()))
w = csv.DictWriter(s, ['a'], extrasaction='Raise')
try:
    w.writerow({'zz': 1})
    print('no error')
except Exception as e:
    print(type(e).__name__, e)

sn = csv.Sniffer()
print(sn.preferred)
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'x\ty\n1\t2\n',
           '"a","b"\n"c","d"\n', "'a'; 'b'\n'c'; 'd'\n", 'a b c\n1 2 3\n',
           'name,age,city\nAlice,30,NYC\nBob,25,"San Francisco, CA"\n',
           'id:value\n1:10\n2:20\n3:30\n',
           'first, last\njohn, smith\njane, doe\n',
           '"quoted ""inner"" text",2\n"more",3\n',
           'Name|Score\nann|1.5\nbo|2.25\ncy|3\n']
for sample in samples:
    try:
        d = sn.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              d.quoting, repr(d.lineterminator), d._name, sn.has_header(sample))
        print('   ', list(csv.reader(io.StringIO(sample), d))[:2])
    except Exception as e:
        print(type(e).__name__, e)
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=';').delimiter)
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=',').delimiter)
print(issubclass(sn.sniff('a,b\n'), csv.Dialect))
for bad in ['', 'abc']:
    try:
        print(repr(sn.sniff(bad, delimiters=',').delimiter))
    except Exception as e:
        print(type(e).__name__, e)
print(sn.has_header('h1,h2\n1,2\n3,4\n'), sn.has_header('1,2\n3,4\n5,6\n'))
print(sn.has_header('aa,bb\nxx,yy\nzz,ww\n'), sn.has_header('aaa,b\nxx,yy\nzz,ww\n'))
