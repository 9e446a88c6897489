# Report generation using Python 3.12 f-string features (PEP 701): nested quotes, backslashes, comments.

rows = [
    {"name": "widget", "price": 3.5, "tags": ["a", "b"]},
    {"name": "gadget", "price": 12.25, "tags": []},
    {"name": "doohickey", "price": 100.0, "tags": ["c"]},
]

for r in rows:
    print(f"{r["name"]:<10} {r["price"]:>8.2f} {", ".join(r["tags"]) or "-"}")

print(f"{"\n".join(r["name"] for r in rows)}")
print(f"{'\t'.join(["x", "y"])}|{"\\"}|{'\x41'}")
print(f"{f"{f"{1 + 1}"}"}", f"{f'{f"{'deep'}"}'}")
width = 12
print(f"{f"{'centered':^{width}}"!r}")
total = sum(r["price"] for r in rows)
print(f"Total: {
    total
    :,.3f
}")
print(f"{
    # a comment inside the replacement field
    len(rows)  # trailing comment
} rows")
print(f"{rows[0]["tags"][0]!r:>5}", f"{ {'k': 'v'}["k"] }", f"{[x for x in "abc"]}")
name = "pyrs"
print(f"{name=}", f"{name = !r:>10}", f"{name.upper()=}", f"{3 * 4 = }", f"{(lambda: 'l')()=}")
print(f"{'a' if name else 'b'}", f"{name!r:^12}", f"{name:{'>'}{10}}", f"{{not a field}} {name}")
nested_fmt = "{:>{w}}"
print(f"{nested_fmt.format('r', w=4)}|", f"{3.14159:{'.'}{2}f}", f"{255:#0{8}x}")
print(f"""triple {"quoted"} {'''inner triple'''}""", f'''{"""deep triple"""}''')
print(f"{"multi" + 
       "line"}")
x = 10
print(f"{x:>{x}}|", f"{x!s:{'*'}^{x}}", f"{x:{x}.{x // 5}f}")
print(f"{'\N{BULLET}'} item", f"{"\u00e9"}", rf"{x}\n", fr'{"raw"}\t')
items = {"a": 1}
print(f"{items['a']}{items["a"]}", f"{"'"}", f'{'"'}')
print(f"{x:=^9}", f"{-x:=+8}", f"{x:,}", f"{1234567:_}", f"{0.5:%}", f"{x!a}")
try:
    eval('f"{}"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval('f"{x!z}"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("f'{x'")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("f'}'")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    print(eval("f'{x:{y:{z}}}'", {"x": 5, "y": 3, "z": ""}))
except (SyntaxError, ValueError) as e:
    print("SyntaxError", e.msg)
try:
    print(f"{x:{'<'}q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError", e)
print(f"{x = :5}|{x=!r:5}|")
val = 3
print(f"{val if val > 2 else 0 = }", f"{val:0{val}d}", f"{val!r:>{val}}")
debug = f"{val + 1=}"
print(debug, type(debug).__name__, len(f""), f"" == "")
s = "q"
print(f"{s}" f"{s}" "plain" f"{s!r}", "a" f"b{s}c" "d")
parts = [f"{i:02d}" for i in range(3)]
print("".join(parts), f"{'-'.join(parts)}")
table = [(n, n ** 2, n ** 0.5) for n in (1, 2, 10)]
for n, sq, rt in table:
    print(f"|{n:^5}|{sq:>5}|{rt:<8.4f}|{n:b}|{sq:o}|{sq:#x}|{rt:e}|")
print(f"{3+4j:.1f}", f"{1e-7:g}", f"{1e21}", f"{float('-inf'):>8}", f"{True!r}", f"{None}", f"{b'x'}", f"{...}")


class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"


print(f"{Fmt()}", f"{Fmt():abc}", f"{Fmt():{'x' * 3}}", f"{Fmt()!r:10}"[:5], f"{Fmt():{{}}}" if False else "skip")
print(f"{'nested {braces}'}", f"{'{'}{'}'}", f"{'%s' % 'pct'}", f"{'{}'.format(7)}")
