# an uncaught exception raised while handling another one; lots of stdout first.
for i in range(200):
    print('line', i, 'x' * (i % 17))
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('conversion failed for ' + repr(s))
print(convert('12'))
print(convert('twelve'))
