# A Python subclass of an io class is closed when it dies unclosed, as CPython's IOBase
# finalizer does (errors silent); a closed one is not closed again.
import io, gc, zipfile
class A(io.BufferedIOBase):
    def close(self): print('A.close called'); super().close()
a = A(); del a; gc.collect()
class B(io.StringIO):
    def close(self): print('B.close', self.getvalue()); super().close()
b = B(); b.write('x'); b = None
class C(io.RawIOBase):
    @property
    def closed(self): raise ValueError('no')
    def close(self): print('C.close')
c = C(); del c
class D(io.BytesIO):
    def close(self): raise OSError('bad close')
d = D(); del d
buf = io.BytesIO()
zf = zipfile.ZipFile(buf, 'w')
w = zf.open('m.txt', 'w'); w.write(b'data'); del w
zf.writestr('n.txt', 'more'); zf.close()
print(zipfile.ZipFile(buf).namelist())
e = A(); e.close(); del e
print('end')
f = A()
