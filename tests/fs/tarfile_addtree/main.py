import tarfile, io, hashlib, os, shutil, gzip
def show(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
shutil.rmtree("work", ignore_errors=True)
os.makedirs("work/src/sub")
with open("work/src/a.txt", "wb") as f: f.write(b"alpha\n" * 100)
with open("work/src/sub/b.bin", "wb") as f: f.write(bytes(range(256)))
os.makedirs("work/src/empty")
def norm(ti):
    ti.uid = ti.gid = 0; ti.uname = ti.gname = "root"; ti.mtime = 1234567890
    ti.mode = 0o755 if ti.isdir() else 0o644
    return ti
def skipbin(ti):
    return None if ti.name.endswith(".bin") else norm(ti)

with tarfile.open("work/out2.tar", "w") as t:
    t.add("work/src", arcname="src", filter=skipbin, recursive=True)
    t.add("work/src/sub", arcname="onlydir", recursive=False, filter=norm)
with tarfile.open("work/out2.tar", "a") as t:
    ti = tarfile.TarInfo("appended.txt"); ti.size = 3; ti.mtime = 5
    t.addfile(ti, io.BytesIO(b"abc"))
raw = open("work/out2.tar", "rb").read()
print(len(raw), hashlib.sha256(raw).hexdigest())
with tarfile.open("work/out2.tar") as t:
    print(t.getnames())
    print(t.getmember("src/a.txt").size)
    show(lambda: t.getmember("nope"))
    t.extractall("work/ex", filter="data")
    t.extract("appended.txt", "work/ex2", filter="tar")
    t.extract(t.getmember("src/a.txt"), "work/ex3", filter="fully_trusted")
for root, dirs, files in sorted(os.walk("work/ex")):
    print(root, sorted(dirs), sorted(files))
print(open("work/ex2/appended.txt").read(), os.stat("work/ex2/appended.txt").st_mtime)
print(open("work/ex3/src/a.txt").read()[:12])
print(tarfile.is_tarfile("work/out2.tar"), tarfile.is_tarfile("work/src/a.txt"))
print(tarfile.is_tarfile(io.BytesIO(raw)))
# stream read
b = io.BytesIO(raw)
with tarfile.open(fileobj=b, mode="r|") as t:
    for m in t:
        f = t.extractfile(m)
        print(m.name, f.read()[:5] if f else None)
shutil.rmtree("work")
