# Control flow combinations: loops with else, try/except/else/finally with jumps, nested breaks.

def search(grid, target):
    log = []
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            try:
                if val is None:
                    log.append(f"skip {r},{c}")
                    continue
                if val == target:
                    log.append(f"found {r},{c}")
                    break
            finally:
                log.append(f"visited {r},{c}")
        else:
            log.append(f"row {r} exhausted")
            continue
        log.append("breaking outer")
        break
    else:
        log.append("not found")
    return log


print(search([[1, None], [3, 4]], 3))
print(search([[1], [2]], 9))


def try_else_paths(x):
    trace = []
    try:
        trace.append("try")
        if x == "raise":
            raise ValueError("boom")
        if x == "return":
            return trace + ["returned from try"]
    except ValueError as e:
        trace.append(f"except {e}")
        if x == "raise":
            return trace + ["returned from except"]
    else:
        trace.append("else")
        if x == "else-return":
            return trace + ["returned from else"]
    finally:
        trace.append("finally")
        print("  finally trace:", trace)
    trace.append("after")
    return trace


for mode in ["ok", "raise", "return", "else-return"]:
    print(mode, "->", try_else_paths(mode))


def finally_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return f"loop ended at {i}"


print(finally_swallows())


def return_overridden():
    try:
        return "try"
    finally:
        pass


def nested_finally_order():
    out = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                out.append("f1")
        except KeyError:
            out.append("wrong handler")
        finally:
            out.append("f2")
    except IndexError as e:
        out.append(f"caught {e}")
    finally:
        out.append("f3")
    return out


print(return_overridden(), nested_finally_order())


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            break
    else:
        return f"completed {i}"
    return f"broke at {i}"


print(while_else(2), while_else(5))


class BreakOut(Exception):
    pass


def find_pair(nums, total):
    try:
        for i, a in enumerate(nums):
            for b in nums[i + 1:]:
                if a + b == total:
                    raise BreakOut((a, b))
    except BreakOut as found:
        return found.args[0]
    return None


print(find_pair([1, 5, 3, 7], 10), find_pair([1, 2], 10))


def generator_with_finally_and_break():
    def numbers():
        try:
            for i in range(10):
                yield i
        finally:
            print("  numbers() cleaned up")

    total = 0
    for n in numbers():
        if n > 3:
            break
        total += n
    return total


print(generator_with_finally_and_break())


def except_var_scope():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"


print(except_var_scope())


def loop_var_after():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"


print(loop_var_after())


def complex_conditions(values):
    results = []
    for v in values:
        if not v:
            kind = "falsy"
        elif isinstance(v, str) and v.isdigit() or isinstance(v, int) and v > 10:
            kind = "big-or-digits"
        elif (isinstance(v, (list, tuple)) and len(v) > 1) if v else False:
            kind = "multi"
        else:
            kind = "other"
        results.append(kind)
    return results


print(complex_conditions([0, "", "123", 50, 5, [1, 2], (1,), "abc", None]))
print([x if x % 2 else -x for x in range(5)], [y for y in range(20) if y % 2 if y % 3], (lambda: (yield))().__class__.__name__)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0 or [] or "last", not not [], [] or {} and 5)

counter = 0


def side(v):
    global counter
    counter += 1
    return v


r = side(0) and side(1) or side(2) and side(0) or side(3)
print(r, counter)

outer_result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        outer_result.append((i, j))
print(outer_result)

n = 0
while True:
    n += 1
    try:
        if n % 2:
            continue
        if n > 6:
            break
    finally:
        outer_result.append(n)
print(outer_result[-7:], n)


def deep_return():
    for i in range(3):
        with open(__file__) as fh:
            try:
                for line in fh:
                    if "deep_return" in line:
                        return (i, fh.closed)
            finally:
                pass


print(deep_return())
