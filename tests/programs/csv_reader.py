import csv, io

def t(data, *args, **kw):
    label = repr(data) if isinstance(data, list) else type(data).__name__
    try:
        r = csv.reader(data, *args, **kw)
        rows = list(r)
        print(label, args, kw, rows, r.line_num)
    except Exception as e:
        print(label, args, kw, type(e).__name__, e)

t(io.StringIO('a,b,c\r\n1,2,3\r\n', newline=''))
t(io.StringIO('a,"b,c",d\n"e ""quoted""",f\n', newline=''))
t(['1,,"2",x\n'], quoting=csv.QUOTE_NONNUMERIC)
t(['1,,"2", 3\n'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
t(['1.5,-2e3,"abc"'], quoting=csv.QUOTE_NONNUMERIC)
t(['1,,"2",""\n'], quoting=csv.QUOTE_STRINGS)
t(['1,,"2","",a\n'], quoting=csv.QUOTE_NOTNULL)
t(['"a"b,c\n'])
t(['"a"b,c\n'], strict=True)
t(['"a\n'], strict=True)
t(['"a\n'])
t(['"'])
t(['a\rb'])
t(['a\r\nb'])
t(['a\n\rb'])
t(['a\\\nb'], escapechar='\\')
t(['a\\', 'b'], escapechar='\\')
t(['a\\'], escapechar='\\')
t(['"a\\'], escapechar='\\')
t(['"a\\"b"'], escapechar='\\', doublequote=False)
t(['"a""b"'], doublequote=False)
t(['a\\,b,c'], escapechar='\\')
t(['', '\n', 'a', '\r\n', ','])
t([b'a'])
t(['a\0b\n'])
t(['a,"b\nc",d\n', 'e\n'])
t(['a,"b\n', 'c",d\n', 'e\n'])
t(['a b', ' c'], delimiter=' ', skipinitialspace=True)
t(['a,  b,  "c"'], skipinitialspace=True)
t(['a,"b"  ,c'])
t(['a,"b"  ,c'], strict=True)
t(['"a"\r\n'])
t(['a,b\n\n'])
t(['""'], quoting=csv.QUOTE_NONE)
t(['a"b,"c'], quoting=csv.QUOTE_NONE)
t(['1.5,abc'], quoting=csv.QUOTE_NONNUMERIC)
t(["'a;b';c"], delimiter=';', quotechar="'")
t(['a|b|c'], delimiter='|')
t(['a\tb\t"c\td"'], dialect='excel-tab')
t(['a,b\n'], dialect=csv.unix_dialect)
t(['"x",y'], quotechar=None)
t(['a,b'], 'nosuch')
t(['a;b'], 'excel', delimiter=';')

print(csv.field_size_limit())
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
t(['abcde,abcdef'])
t(['"abcdef"'])
t(['abcde'])
csv.field_size_limit(new_limit=old)
print(csv.field_size_limit())
for bad in [('a',), (1, 2)]:
    try:
        csv.field_size_limit(*bad)
    except Exception as e:
        print(type(e).__name__, e)

# recovering after an error
r = csv.reader(['ok,1', 'bad"x', '"open', 'next,2'], strict=True)
for _ in range(5):
    try:
        print(next(r), r.line_num)
    except StopIteration:
        print('stop')
        break
    except csv.Error as e:
        print('Error', e, r.line_num)
r = csv.reader(['a\rb', 'c,d'])
for _ in range(3):
    try:
        print(next(r))
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.reader(1)
except Exception as e:
    print(type(e).__name__, e)
r = csv.reader(iter(['x,y']))
print(iter(r) is r, next(r), r.dialect.delimiter)
