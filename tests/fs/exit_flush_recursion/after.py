with open('log.txt') as f:
    lines = f.read().splitlines()
print(lines[:2], lines.count('after the first RecursionError'), len(lines) > 100)
with open('unclosed.txt') as f:
    print(f.read())
with open('level1.txt') as f:
    print(f.read().split()[:3])
