# Dict insert, lookup, update and iteration with int and str keys.
d = {}
for i in range(200000):
    d[i] = i * 2
total = 0
for k in d:
    total += d[k]
names = {}
for i in range(50000):
    key = 'k' + str(i % 1000)
    names[key] = names.get(key, 0) + 1
for k in list(d):
    if k % 2:
        del d[k]
print(total, len(names), len(d))
