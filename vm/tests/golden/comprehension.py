def squares(n):
    return [x * x for x in range(n) if x % 2], {k: v for k, v in zip("ab", (1, 2))}
