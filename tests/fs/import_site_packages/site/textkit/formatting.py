def plural(n, word):
    return f'{n} {word}' + ('' if n == 1 else 's')


def table(rows):
    width = max((len(str(r[0])) for r in rows), default=0)
    return '\n'.join(f'{str(a).ljust(width)} | {b}' for a, b in rows)
