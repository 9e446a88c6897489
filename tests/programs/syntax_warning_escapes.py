# SyntaxWarning for invalid escape sequences in str, bytes and f-string literals (not raw
# ones), and octal escapes above \377: the first bad escape of each literal, in CPython's order.
a = "\d+"
b = b"\q and \N{x}"
c = r"\d fine"
d = f"x{1}\s{2:\>3}"
e = """line one
line \z two"""
f = "\777 and \w"
g = "ok \n \t \x41 \101 \u0041 \N{DIGIT ONE}"
h = rb"\d"
print(len(a), len(b), c, d, len(e), len(f), g)
exec("x = '\\\\p'")
compile("y = '\\\\k'", "<s>", "exec")
compile("z = '\\k'", "<s>", "exec")
print(x)
