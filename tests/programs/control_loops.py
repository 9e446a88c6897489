# for/else, nested loops with break/continue, conditional expressions, falsy chains.
for v in []:
    print('never')
else:
    print('empty for-else')
primes = []
for cand in range(2, 40):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j, end=' | ')
print()
for _ in range(2):
    pass
if True:
    pass
else:
    print('no')
x = 5
r = 'big' if x > 3 else 'small'
print(r, 'pos' if x > 0 else 'neg' if x < 0 else 'zero')
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        continue
    if count > 50:
        break
print('count', count)
total = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(i):
        if j > 3:
            break
        total += j
print('total', total)
k = 3
while k:
    k -= 1
    print('k', k, end=';')
print()
if []:
    print('empty list true?')
elif {}:
    print('empty dict true?')
elif 0.0:
    print('zero true?')
else:
    print('all falsy')
