import csv
import io

raw = """name;dept;salary;start
"Smith, John";Engineering;85000;2020-01-15
Jane Doe;Marketing;72000;2019-06-01
"O'Brien";Engineering;91000;2018-03-20
Lee;Sales;;2021-11-11
"""
sniffer = csv.Sniffer()
dialect = sniffer.sniff(raw)
print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace, repr(dialect.lineterminator), dialect.quoting)
print(sniffer.has_header(raw))
print(sniffer.sniff("a,b,c\n1,2,3\n", delimiters=",").delimiter, repr(sniffer.sniff("a\tb\tc\n1\t2\t3\n").delimiter))
print(repr(sniffer.sniff("x|y|z\n'a|b'|c|d\n").quotechar), repr(sniffer.sniff("a:b:c\nd:e:f\n").delimiter))
try:
    sniffer.sniff("")
except csv.Error as e:
    print("Error", e)
try:
    sniffer.sniff("abc", delimiters=";")
except csv.Error as e:
    print("Error", e)
print(sniffer.has_header("1,2,3\n4,5,6\n"), sniffer.has_header("id,val\n1,abc\n2,defg\n"), sniffer.has_header("a,b\nc,d\n"))

rows = list(csv.DictReader(io.StringIO(raw), dialect=dialect))
for r in rows:
    print(r)
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]) if r["salary"] else 0)
print({k: (len(v), sum(v)) for k, v in sorted(by_dept.items())})

dr = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="extra", restval="MISSING")
print(dr.fieldnames)
for r in dr:
    print(dr.line_num, r)
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print(list(dr), dr.fieldnames)
dr = csv.DictReader(io.StringIO(""))
print(dr.fieldnames, list(dr))
dr = csv.DictReader(io.StringIO("h1,h1,h2\nv1,v2,v3\n"))
print(list(dr))
dr = csv.DictReader(["k,v", "1,one", "2,two"])
print([row["v"] for row in dr], dr.dialect, dr.restkey, dr.restval)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "score", "grade"], restval="n/a", extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerow({"name": "ann", "score": 91.5, "grade": "A"})
w.writerow({"name": "bob", "score": 70, "extra": "ignored"})
w.writerows([{"name": 'quote "me"', "score": None}, {}])
print(out.getvalue())
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w2.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
w3 = csv.DictWriter(out, fieldnames=("z", "y"), quoting=csv.QUOTE_NONNUMERIC, delimiter="\t")
print(w3.writeheader(), w3.writerow({"z": 1, "y": "s"}), repr(out.getvalue()))
out = io.StringIO()
w4 = csv.DictWriter(out, fieldnames=iter(["p", "q"]))
w4.writeheader()
print(repr(out.getvalue()), w4.fieldnames)

# report with csv.writer into a pivot
sales = [("north", "q1", 10), ("south", "q1", 7), ("north", "q2", 12), ("east", "q2", 3), ("south", "q2", 9)]
regions = sorted({r for r, _, _ in sales})
quarters = sorted({q for _, q, _ in sales})
table = {(r, q): v for r, q, v in sales}
out = io.StringIO()
wr = csv.writer(out, lineterminator="\n")
wr.writerow(["region"] + quarters + ["total"])
for r in regions:
    vals = [table.get((r, q), "") for q in quarters]
    wr.writerow([r] + vals + [sum(v for v in vals if v != "")])
print(out.getvalue(), end="")
reader = csv.reader(io.StringIO(out.getvalue()))
header = next(reader)
print(header, [dict(zip(header, row)) for row in reader][0])
print(list(csv.reader(io.StringIO('a,"b\nc",d\n"e""f",g\n'))))
print(list(csv.reader(io.StringIO("x,y\r\n\r\nz\n"))))
