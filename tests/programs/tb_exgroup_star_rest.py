def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    raise TypeError("bad type")


def gather():
    errors = []
    for kind in ["value", "type", "value"]:
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("gathered", errors)


try:
    gather()
except* ValueError:
    print("handled the ValueErrors")
