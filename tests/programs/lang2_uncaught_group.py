# Parallel-looking task runner that ends by raising an unhandled ExceptionGroup.

def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n} got a multiple of three")
    if n % 5 == 0:
        raise KeyError(n)
    return n * n


results = {}
failures = []
for n in range(1, 11):
    try:
        results[n] = task(n)
    except (ValueError, KeyError) as e:
        failures.append(e)
print(results)
print([type(f).__name__ for f in failures])

try:
    raise ExceptionGroup("first pass", failures)
except* KeyError as g:
    print("handled keys:", [e.args[0] for e in g.exceptions])
except* ValueError as g:
    print("value errors:", len(g.exceptions))

remaining = [f for f in failures if isinstance(f, ValueError)]
raise ExceptionGroup("unrecoverable tasks", remaining)
