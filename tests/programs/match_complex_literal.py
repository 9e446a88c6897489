# Complex literals in patterns: real +/- imaginary, pure imaginary, negatives.

def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "1+2j"
        case 1 - 2j:
            return "1-2j"
        case -1 + 2j:
            return "-1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -3j:
            return "-3j"
        case 1.5 + 0.5j:
            return "1.5+0.5j"
        case -0.5 - 1.5j:
            return "-0.5-1.5j"
    return "other"

values = [0j, 0, 0.0, 1 + 2j, complex(1, 2), 1 - 2j, -1 + 2j, -1 - 2j,
          3j, complex(0, 3), -3j, 1.5 + 0.5j, -0.5 - 1.5j, 2j, 1, "1+2j"]
for z in values:
    print(repr(z), "->", classify(z))

# complex literals inside sequence and mapping patterns
def pair(p):
    match p:
        case [1 + 1j, 2 - 2j]:
            return "pair A"
        case (0j, x):
            return "zero then " + repr(x)
        case {"z": -1j}:
            return "mapping with -1j"
    return "none"

print(pair([1 + 1j, 2 - 2j]))
print(pair((1 + 1j, 2 - 2j)))
print(pair([0, 5]))
print(pair({"z": complex(0, -1)}))
print(pair({"z": 1j}))

# or-pattern of complex literals and a capture
def orp(z):
    match z:
        case 1j | -1j as unit:
            return "imaginary unit " + repr(unit)
        case 2 + 0j | 2 - 0j:
            return "two"
    return "no"

print(orp(1j), orp(-1j), orp(2), orp(2 + 0j), orp(complex(2, -0.0)), orp(3j))
