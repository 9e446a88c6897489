# Comprehensions run inline in CPython 3.12: an error inside one is reported in the
# enclosing function's entry, at the comprehension's own position (generator expressions
# keep their frame). The chain shows a nested comprehension, a multi-line one and a genexpr.
def total(xs):
    return sum(1 / x for x in xs)

def table(rows):
    return {k: [1 / y
                for y in k]
            for k in rows}

def nested(xs):
    try:
        return [x for x in [1 / v for v in xs]]
    except ZeroDivisionError as e:
        raise ValueError('nested') from e

def outer():
    try:
        table([(1, 0)])
    except ZeroDivisionError:
        try:
            nested([0])
        except ValueError:
            total([1, 0])

print([x for x in range(3)], {x: x for x in 'ab'}, {x for x in 'a'})
outer()
