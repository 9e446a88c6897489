def total(items):
    t = 0
    for i in items:
        if i < 0:
            continue
        if i > 100:
            break
        t += i
    else:
        t = -t
    while t > 10:
        t //= 2
    return t
