# Freeing long chains of iterators over containers (shared items, items held through a
# slice) must not recurse on the stack.
it = iter([])
for i in range(3000):
    it = iter([it, it])          # same with iter((it, it)), iter({1: it, 2: it}.values())
del it
print("shared ok")
it = iter([])
for i in range(100000):
    it = iter([slice(it)])       # same with iter((slice(None, it),))
del it
print("slice ok")
