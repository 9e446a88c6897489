# importlib.metadata.entry_points: the groups of every distribution's entry_points.txt.
import os, sys, tempfile
tmp = tempfile.TemporaryDirectory()
root = tmp.name
def dist(name, version, eps):
    d = os.path.join(root, f"{name}-{version}.dist-info")
    os.makedirs(d)
    with open(os.path.join(d, "METADATA"), "w") as f:
        f.write(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n")
    if eps is not None:
        with open(os.path.join(d, "entry_points.txt"), "w") as f:
            f.write(eps)
dist("alpha", "1.0", "[console_scripts]\nalpha = alpha.cli:main\n\n[myapp.plugins]\nfirst = json:dumps\nsecond = os.path : join [fast, small]\n# comment\n")
dist("beta", "2.0", "[myapp.plugins]\nthird = collections\n")
dist("gamma", "0.1", None)
import json, collections, os.path
from importlib.metadata import entry_points, distribution, EntryPoint, EntryPoints
saved_path = sys.path[:]
sys.path[:] = [root]
eps = entry_points(group="myapp.plugins")
print(type(eps).__name__, sorted(eps.names), eps.groups)
ep = eps["first"]
print(ep, ep.module, ep.attr, ep.extras, ep.load().__name__, ep.dist.name)
ep2 = eps["second"]
print(ep2.module, ep2.attr, ep2.extras, ep2.load().__name__)
print(eps["third"].load().__name__, eps["third"].attr)
print(sorted(p.name for p in entry_points().select(group="console_scripts")))
print(len(entry_points(group="nothing")), entry_points(group="myapp.plugins", name="third")["third"].value)
try:
    eps[0]
except KeyError as e:
    print("KeyError", e)
try:
    eps["missing"]
except KeyError as e:
    print("KeyError", e)
print(sorted(distribution("alpha").entry_points.groups), len(distribution("gamma").entry_points))
e = EntryPoint("n", "mod:attr", "g")
print(repr(e), e == EntryPoint("n", "mod:attr", "g"), hash(e) == hash(EntryPoint("n", "mod:attr", "g")))
print(e.matches(group="g"), e.matches(group="h", name="n"))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(list(e)[0], caught[0].category.__name__, caught[0].message)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError", err)
print(repr(EntryPoints([e])))
sys.path[:] = saved_path
tmp.cleanup()
