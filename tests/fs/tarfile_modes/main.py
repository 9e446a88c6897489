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
for mode in ("w", "w:", "w:gz", "w|", "w|gz", "x"):
    path = "work/out.tar"
    if os.path.exists(path): os.remove(path)
    with tarfile.open(path, mode) as t:
        t.add("work/src", arcname="src", filter=norm)
    raw = open(path, "rb").read()
    if "gz" in mode: raw = gzip.decompress(raw)
    print(mode, len(raw), hashlib.sha256(raw).hexdigest())
    for rmode in ("r", "r:*", "r|*", "r:gz" if "gz" in mode else "r:", "r|gz" if "gz" in mode else "r|"):
        with tarfile.open(path, rmode) as t:
            print(" ", rmode, [(m.name, m.size) for m in t])
show(lambda: tarfile.open("work/out.tar", "x"))
shutil.rmtree("work")
