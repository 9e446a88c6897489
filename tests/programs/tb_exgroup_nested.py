def load(name):
    raise OSError(f"cannot load {name}")


def parse(text):
    raise ValueError(f"cannot parse {text}")


def load_all():
    problems = []
    for name in ["a.cfg", "b.cfg"]:
        try:
            load(name)
        except OSError as e:
            problems.append(e)
    raise ExceptionGroup("loading", problems)


def main():
    failures = []
    try:
        load_all()
    except ExceptionGroup as group:
        failures.append(group)
    try:
        parse("x=")
    except ValueError as e:
        e.add_note("while reading settings")
        failures.append(e)
    raise ExceptionGroup("startup failed", failures)


print("starting")
main()
