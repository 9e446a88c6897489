# A compound statement header without its colon.
print('never printed')
for i in range(3)
    print(i)
