# Sum 1e6 ints in a plain for loop over range.
total = 0
for i in range(1000000):
    total += i
print(total)
