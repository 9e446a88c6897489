# Literal patterns: numbers, strings, bytes, None/True/False, negative numbers.

def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case "hello":
            return "greeting"
        case "multi" "part":
            return "concatenated string"
        case b"raw":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 1000000000000000000000:
            return "big int"
        case 0x10:
            return "hex sixteen"
    return "no match"

for v in [0, -1, 2.5, -0.5, "hello", "multipart", b"raw", None, True, False,
          10**21, 16, 3, "Hello", "raw", b"hello", [], (), -2]:
    print(repr(v), "->", kind(v))

# literal patterns use == for numbers/strings, but `is` for None/True/False
print(kind(0.0), kind(-1.0), kind(2.5 + 0), kind(16.0))
print(kind(1), kind(1.0))   # 1 does not match True (identity)
print(kind(1 > 2), kind(0 == 0))

def zero_or_one(v):
    match v:
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"

# True == 1 and False == 0, so booleans do match numeric literals
print(zero_or_one(True), zero_or_one(False), zero_or_one(None))

def strings(s):
    match s:
        case "":
            return "empty"
        case "a\tb":
            return "tab"
        case r"a\tb":
            return "raw tab"
        case """tri""":
            return "triple"
    return "?"

print(strings(""), strings("a\tb"), strings("a\\tb"), strings("tri"), strings("x"))

def floats(x):
    match x:
        case 1e3:
            return "thousand"
        case 0.1:
            return "tenth"
        case -1e-3:
            return "minus thousandth"
    return "other"

print(floats(1000), floats(0.1), floats(0.1 + 0.2 - 0.2), floats(-0.001), floats(float("nan")))
