# A parser that converts low-level errors into domain errors and finally fails with a chained error.

class ParseError(Exception):
    pass


def parse_number(tok):
    try:
        return int(tok)
    except ValueError as e:
        raise ParseError(f"bad number {tok!r}") from e


def parse_list(text):
    out = []
    for tok in text.split(","):
        tok = tok.strip()
        if not tok:
            continue
        out.append(parse_number(tok))
    return out


for text in ["1, 2, 3", "4,,5", " 10 "]:
    print(text, "->", parse_list(text))

try:
    parse_list("1, x")
except ParseError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def summarize(text):
    try:
        values = parse_list(text)
        return sum(values) / len(values)
    except ZeroDivisionError:
        raise RuntimeError(f"no values in {text!r}")


print(summarize("2, 4"))
print(summarize(" , "))
