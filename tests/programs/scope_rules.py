# global and nonlocal: reading, shadowing, writing and creating globals; nonlocal chains.
x = 'global x'
def read_global():
    return x
def shadow_global():
    x = 'local x'
    return x
def write_global():
    global x
    x = 'modified global'
print(read_global(), shadow_global(), x)
write_global()
print(x, read_global())
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump()
bump()
print(counter)
def outer():
    v = 1
    def mid():
        nonlocal v
        v += 10
        def inner():
            nonlocal v
            v *= 2
            return v
        return inner()
    r = mid()
    return v, r
print(outer())
def enclosing_vs_global():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(enclosing_vs_global())
def global_in_nested():
    x = 'enclosing'
    def inner():
        global x
        return x
    return inner()
print(global_in_nested())
