import csv
import io

def write_rows(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    w.writerows(rows)
    return buf.getvalue()

rows = [["id", "name", "note"], [1, "Alice", 'said "hi"'], [2, "Bob, Jr.", "multi\nline"],
        [3, "", None], [4.5, " spaced ", "tab\there"], [True, "é", "a'b"]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    out = write_rows(rows, quoting=q)
    print(q, repr(out))
    back = list(csv.reader(io.StringIO(out), quoting=q if q != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL))
    print(back)

try:
    write_rows(rows, quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error", e)
print(repr(write_rows(rows, quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write_rows([["a,b", 'c"d']], doublequote=False, escapechar="\\")))
try:
    write_rows([['c"d']], doublequote=False)
except csv.Error as e:
    print("Error", e)
print(repr(write_rows([["x", "y"]], delimiter=";", lineterminator="\n")))
print(repr(write_rows([[""]])), repr(write_rows([[]])), repr(write_rows([[None]])))

print("--- nonnumeric reader")
data = '1,"two",3.5,"4"\n"",-7,1e3,""\n'
for row in csv.reader(io.StringIO(data), quoting=csv.QUOTE_NONNUMERIC):
    print(row)
try:
    list(csv.reader(io.StringIO('abc,1\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)
print(list(csv.reader(io.StringIO('"a",,b,""\n'), quoting=csv.QUOTE_NOTNULL)))
print(list(csv.reader(io.StringIO('"a",,b,""\n'), quoting=csv.QUOTE_STRINGS)))

print("--- strict / errors")
for data in ['a,"b"c,d\n', 'a,"unterminated\n', '"x"y\n', 'a,b\x00c\n']:
    for strict in (False, True):
        try:
            r = csv.reader(io.StringIO(data), strict=strict)
            print(strict, list(r))
        except csv.Error as e:
            print(strict, "Error", e, r.line_num)
print(list(csv.reader(['  a,  "b", c'], skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=";")))
print(list(csv.reader(["a|b|'c|d'"], delimiter="|", quotechar="'")))
print(list(csv.reader(['a,b\\,c,d'], escapechar="\\")))
r = csv.reader(io.StringIO("h1,h2\r\n1,2\r\n\r\n3,4\r\n"))
for row in r:
    print(r.line_num, row)

print("--- dialects")
class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipe", Pipe)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(repr(write_rows([["a|b", "c'd", 1]], dialect="pipe")))
print(repr(write_rows([["a", 1]], dialect="semi")))
print(repr(write_rows([["a", 1]], dialect="semi", delimiter=",")))
d = csv.get_dialect("semi")
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.lineterminator), d.escapechar)
csv.unregister_dialect("semi")
for bad in ("semi", "nope"):
    try:
        csv.get_dialect(bad)
    except csv.Error as e:
        print("Error", e)
for kw in ({"delimiter": ""}, {"delimiter": "ab"}, {"quotechar": 5}, {"quoting": 99}, {"lineterminator": 3}, {"delimiter": None}):
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except Exception as e:
        print(type(e).__name__, e)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
print(csv.field_size_limit())
old = csv.field_size_limit(10)
try:
    list(csv.reader(["a," + "x" * 20]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(old)
w = csv.writer(io.StringIO())
print(w.writerow(["abc", 12]), w.dialect.delimiter)
try:
    w.writerow(5)
except csv.Error as e:
    print("Error", e)
