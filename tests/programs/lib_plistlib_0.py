import plistlib, datetime
d = {"b": b"x"*200, "a": [1, 2.5, True, False, "s<&>", {"n": {}}, [], ()], "d": datetime.datetime(2020,1,2,3,4,5), "u": plistlib.UID(5) if False else 1, "e": b"", "f": 1e100, "g": -0.0, "h": float('inf'), "i": 2**63, "j": -2**63, "k": {"z": b"abc"*30}}
s = plistlib.dumps(d)
print(s.decode())
print(repr(plistlib.dumps("x")))
print(repr(plistlib.dumps([])))
print(repr(plistlib.dumps({})))
print(repr(plistlib.dumps({"a": {}, "b": [], "c": ""})))
