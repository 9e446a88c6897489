# list methods.
a = [3, 1, 2]
a.append(5)
print(a)
a.extend([9, 8])
a.extend((7,))
a.extend(range(2))
print(a, len(a))
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'beforelast')
a.insert(-100, 'veryfirst')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(2), a.count(0), a.count(42))
a = [5, 2, 8, 1, 9, 3]
b = a.copy()
a.sort()
print(a, b)
b.sort(reverse=True)
print(b)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'c')]
pairs.sort(key=lambda t: t[0])
print(pairs)
pairs.sort(key=lambda t: t[0], reverse=True)
print(pairs)
c = [1, 2, 3]
c.reverse()
print(c, c.reverse(), c)
c.clear()
print(c, len(c))
nums = [4, 2, 4, 1, 4]
print(nums.index(4), nums.index(4, 1), nums.index(4, 3), nums.count(4))
print(sorted(nums), nums, sorted(nums, reverse=True))
print(list(range(5)), list('hi'), list((1, 2)), list({1: 'a', 2: 'b'}), list())
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
x = [1, 2]
x += [3]
y = x
y += [4]
print(x, y, x is y)
x = x + [5]
print(x, y, x is y)
mixed = [3, 1.5, 2, -1, 2.0]
mixed.sort()
print(mixed)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, 'a'].sort(), lambda: [1][5]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [1, 2].pop(7)
except IndexError as e:
    print(type(e).__name__, e)
