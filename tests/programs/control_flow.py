# if/elif/else, while/else, while True with break, for/else.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(v) for v in (-5, 0, 3, 10, 99)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('while', i)
else:
    print('while-else ran, i =', i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print('broke at', i)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print('found 4')
        break
else:
    print('no break, n =', n)
for v in [1, 3, 5]:
    if v % 2 == 0:
        print('even found', v)
        break
else:
    print('no even number')
for v in [1, 4, 5]:
    if v % 2 == 0:
        print('even found', v)
        break
else:
    print('not printed')
