o = object()
print(hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError", e)
print(type(...)() is ..., type(None)() is None)
print(type(NotImplemented)() is NotImplemented)
print(vars(type("K", (), {})()))
try:
    vars(o)
except TypeError as e:
    print("TypeError", e)
