# http.client has its classes and exceptions (no connection can be opened on WASI), and
# _ast holds the node classes of ast.
import http.client as hc, _ast, ast, io, socket
print(hc.HTTPResponse.__mro__[1], issubclass(hc.RemoteDisconnected, ConnectionResetError))
print(isinstance(io.BytesIO(), hc.HTTPResponse), hc.responses[404], hc.NOT_FOUND)
c = hc.HTTPConnection("example.com:8080")
print(c.host, c.port, hc.HTTPSConnection("h").port, hc.HTTPConnection("[::1]").host)
try:
    c.request("GET", "/")
except OSError as e:
    print("OSError raised")
try:
    hc.HTTPConnection("h:x")
except hc.InvalidURL as e:
    print("InvalidURL", e)
print(repr(hc.IncompleteRead(b"ab", 3)), repr(hc.IncompleteRead(b"ab")), hc.BadStatusLine("").args)
print(str(hc.LineTooLong("header line")), hc.error is hc.HTTPException)
print(issubclass(hc.CannotSendRequest, hc.ImproperConnectionState), hc.UnknownProtocol("x").version)
print(_ast.Add is ast.Add, _ast.AST is ast.AST, _ast.PyCF_ONLY_AST, isinstance(ast.parse("x"), _ast.Module))
print(_ast.expr is ast.expr, issubclass(_ast.BinOp, _ast.expr), hasattr(_ast, "parse"))
print(socket._GLOBAL_DEFAULT_TIMEOUT is not None)
class FakeSock:
    def makefile(self, mode):
        return io.BytesIO(b"body bytes")
r = hc.HTTPResponse(FakeSock())
print(r.isclosed(), r.readable(), r.status, r.getcode())
r.close(); print(r.isclosed(), r.closed)
for h, p in (("h:x", 81), ("[::1]:8000", None), ("h:", None), ("h:+80", None), ("[fe80::1]", 5)):
    try:
        c = hc.HTTPConnection(h, p)
        print(c.host, c.port)
    except hc.InvalidURL as e:
        print("InvalidURL", e)
print(str(hc.IncompleteRead(b"x")), hc.RemoteDisconnected("gone").args, hc.UnknownProtocol("9").args)
print(hc.NotConnected.__module__, hc.ResponseNotReady.__mro__[1].__name__)
