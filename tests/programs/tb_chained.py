def parse(text):
    try:
        int(text)
    except ValueError as err:
        raise RuntimeError("cannot parse " + text) from err


print("parsing")
parse("x1")
