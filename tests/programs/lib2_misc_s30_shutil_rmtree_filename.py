import shutil, pathlib, os
p = pathlib.Path("rm_tf"); p.write_text("x")
def show(label, arg, **kw):
    calls = []
    def onexc(func, path, exc):
        calls.append((func.__name__, repr(path), type(exc).__name__, repr(exc.filename), exc.errno))
    try:
        shutil.rmtree(arg, onexc=onexc, **kw)
    except Exception as e:
        print(label, 'raised', type(e).__name__)
    print(label, calls)
    try:
        shutil.rmtree(arg)
    except OSError as e:
        print(label, type(e).__name__, repr(e.filename), e.errno, e.strerror)
    def onerror(func, path, ei):
        print(label, 'onerror', func.__name__, repr(path), ei[0].__name__, repr(ei[1].filename))
    shutil.rmtree(arg, onerror=onerror)
show('path', p)
show('str', 'rm_tf')
show('bytes', b'rm_tf')
show('missing', pathlib.Path('nope'))
show('missingstr', 'nope')
show('missingbytes', b'nope')
os.mkdir('d1'); open('d1/f','w').close()
shutil.rmtree(pathlib.Path('d1')); print(os.path.exists('d1'))
p.unlink()
