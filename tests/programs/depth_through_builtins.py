# Recursion passing through built-ins (sum over a generator, sorted/max with key, map) well inside CPython's limits.
def chain_tree(depth):
    node = {'v': 1, 'kids': []}
    for _ in range(depth - 1):
        node = {'v': 1, 'kids': [node]}
    return node
def total(node):
    return node['v'] + sum(total(c) for c in node['kids'])
print('sum(genexpr) 450:', total(chain_tree(450)))
def height(node):
    return 1 + max((height(c) for c in node['kids']), default=0)
print('max(genexpr) 450:', height(chain_tree(450)))
def via_sorted(n):
    if n == 0:
        return 0
    return sorted([n - 1], key=via_sorted)[0] + 1
print('sorted(key=) 450:', via_sorted(450))
def via_max(n):
    if n == 0:
        return 0
    return max([n - 1], key=via_max) + 1
print('max(key=) 450:', via_max(450))
def via_min(n):
    return 0 if n == 0 else min([n - 1], key=via_min) + 1
print('min(key=) 400:', via_min(400))
def via_map(n):
    return 0 if n == 0 else list(map(via_map, [n - 1]))[0] + 1
print('map 700:', via_map(700))
def via_any(n):
    return n == 0 or any(via_any(k) for k in [n - 1])
print('any(genexpr) 450:', via_any(450))
def via_all(n):
    return n == 0 or all([via_all(n - 1)])
print('all(list) 700:', via_all(700))
def via_listcomp(n):
    return 0 if n == 0 else [via_listcomp(n - 1) for _ in range(1)][0] + 1
print('listcomp 700:', via_listcomp(700))
class Wrapper:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return 0 if self.n == 0 else len(Wrapper(self.n - 1)) + 1
print('len via __len__ 700:', len(Wrapper(700)))
def via_dict_get(n, cache={}):
    return 0 if n == 0 else (cache.get(n) or via_dict_get(n - 1) + 1)
print('plain recursion 900:', via_dict_get(900))
def via_reduce(n):
    import functools
    return 0 if n == 0 else functools.reduce(lambda acc, k: acc + via_reduce(k), [n - 1], 1)
print('functools.reduce 400:', via_reduce(400))
def via_str_join(n):
    return '' if n == 0 else ''.join(via_str_join(k) for k in [n - 1]) + 'x'
print('str.join(genexpr) 400:', len(via_str_join(400)))
