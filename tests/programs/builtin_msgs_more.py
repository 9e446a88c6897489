try:
    print(list(map(pow, [2], [1, 2], strict=True)))
except TypeError as e:
    print("TypeError", e)
try:
    print("{0[-1]}".format([1, 2]))
except TypeError as e:
    print("TypeError", e)
print("{0[-1]}".format({"-1": "str key"}), "{0[1]}".format("ab"), "{0[+1]}".format({"+1": "plus"}))
for f in [lambda: "a".lstrip(1), lambda: "a".rstrip(1), lambda: "a".strip(1), lambda: "a".find(b"a"), lambda: "a".count(1), lambda: "a".index(1), lambda: "a".rfind(2.5), lambda: "a".startswith(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
