def check_positive(n):
    if n <= 0:
        raise ValueError(f"not positive: {n}")
    return n


def collect(values):
    errors = []
    for v in values:
        try:
            check_positive(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)
    print("all fine")


print("start")
collect([1, 2])
collect([3, -1, 0])
print("not reached")
