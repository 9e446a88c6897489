# Build strings: str(), concatenation, join, f-strings, methods.
parts = []
for i in range(100000):
    parts.append(str(i))
s = ','.join(parts)
acc = ''
for i in range(20000):
    acc += 'x' + str(i % 10)
words = []
for i in range(50000):
    words.append(f"w{i}".upper())
print(len(s), len(acc), len(words), words[-1])
