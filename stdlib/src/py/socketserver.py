"""Generic network servers (pyrs's socketserver).

A server accepts requests and hands each one to an instance of a request
handler class; mix-ins run handlers in threads or child processes.

pyrs runs on WASI, where no socket can be created: a TCPServer built with
bind_and_activate=True fails with the socket module's OSError, one built with
bind_and_activate=False exists, and the handlers work over any object that
offers makefile()/sendall() (or sendto() for datagrams).
"""

__version__ = "0.4"

import contextlib
import os
import socket
import sys
import threading
from io import BufferedIOBase, BytesIO
from time import monotonic as _clock

_CAN_FORK = hasattr(os, 'fork')
_UNIX_FAMILY = getattr(socket, 'AF_UNIX', None)

try:
    import selectors
except ImportError:          # pyrs: no readiness notification at all
    selectors = None


# ---------------------------------------------------------------- handlers

class BaseRequestHandler:
    """Serves one request: the constructor runs setup(), handle(), finish()."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        """Prepare for handle() (nothing by default)."""

    def handle(self):
        """Serve the request (nothing by default)."""

    def finish(self):
        """Clean up after handle(), even when it failed (nothing by default)."""


class StreamRequestHandler(BaseRequestHandler):
    """Connection handler with file objects: read self.rfile, write self.wfile."""

    # makefile() buffer sizes; wbufsize 0 means every write goes out at once.
    rbufsize, wbufsize = -1, 0
    # Socket timeout for the connection (None leaves it alone), and whether
    # to set TCP_NODELAY on it.
    timeout, disable_nagle_algorithm = None, False

    def setup(self):
        conn = self.connection = self.request
        limit, no_delay = self.timeout, self.disable_nagle_algorithm
        if limit is not None:
            conn.settimeout(limit)
        if no_delay:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        self.wfile = (conn.makefile('wb', self.wbufsize) if self.wbufsize
                      else _SocketWriter(conn))

    def finish(self):
        out = self.wfile
        if not out.closed:
            # A peer that went away must not turn into an error here.
            with contextlib.suppress(OSError):
                out.flush()
        out.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """Write-only file whose every write() is one sendall() on the socket."""

    def __init__(self, sock):
        self._target = sock

    def write(self, data):
        size = memoryview(data).nbytes
        self._target.sendall(data)
        return size

    def writable(self):
        return True

    def fileno(self):
        return self._target.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """Packet handler: the packet is readable from rfile, the reply is what
    was written to wfile, sent back when the handler finishes."""

    def setup(self):
        packet, sock = self.request
        self.packet, self.socket = packet, sock
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)


# ---------------------------------------------------------- server plumbing

class _Readiness:
    """Tells when a server's socket has a request waiting.

    Without a selectors module every wait answers "ready" at once.
    """

    def __init__(self, server):
        self._selector = None
        if selectors is not None:
            kind = getattr(selectors, 'PollSelector', selectors.SelectSelector)
            selector = self._selector = kind()
            selector.register(server, selectors.EVENT_READ)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self._selector is not None:
            self._selector.close()

    def _probe(self, seconds):
        if self._selector is None:
            return True
        return bool(self._selector.select(seconds))

    def pulses(self, interval, stopping):
        """Yield the outcome of one wait of `interval` seconds after another
        until stopping() is true; it is asked before and after every wait."""
        while not stopping():
            outcome = self._probe(interval)
            if stopping():
                return
            yield outcome

    def wait(self, limit):
        """True when a request arrived within `limit` seconds (None: no limit)."""
        deadline = None if limit is None else _clock() + limit
        while not self._probe(limit):
            if deadline is not None:
                limit = deadline - _clock()
                if limit < 0:
                    return False
        return True


class _Delivery:
    """One accepted request on its way through its server's hooks."""

    __slots__ = ('server', 'request', 'client_address')

    def __init__(self, server, request, client_address):
        self.server = server
        self.request = request
        self.client_address = client_address

    @classmethod
    def accept(cls, server):
        """The next pending request, or None when get_request() failed."""
        try:
            request, client_address = server.get_request()
        except OSError:
            return None
        return cls(server, request, client_address)

    def admit(self):
        """verify_request(); a refused request is shut down at once."""
        if self.server.verify_request(self.request, self.client_address):
            return True
        self.end()
        return False

    def dispatch(self):
        """process_request().  If it fails the request is shut down here: an
        Exception is first reported through handle_error(), anything else
        (SystemExit, KeyboardInterrupt...) propagates afterwards."""
        try:
            self.server.process_request(self.request, self.client_address)
        except BaseException as failure:
            fatal = not isinstance(failure, Exception)
            if not fatal:
                self.server.handle_error(self.request, self.client_address)
            self.end()
            if fatal:
                raise

    def complete(self):
        """finish_request() and, whatever happens, shutdown_request().
        An Exception goes to handle_error(); returns True on success."""
        try:
            self.server.finish_request(self.request, self.client_address)
            return True
        except Exception:
            self.server.handle_error(self.request, self.client_address)
            return False
        finally:
            self.end()

    def serve(self):
        """finish_request() then shutdown_request(), failures propagating."""
        self.server.finish_request(self.request, self.client_address)
        self.end()

    def end(self):
        self.server.shutdown_request(self.request)


class _ServeState:
    """serve_forever()'s stop request and "no loop running" event."""

    def __init__(self):
        self.stop_wanted = False
        self.idle = threading.Event()

    def stopping(self):
        return self.stop_wanted


# ------------------------------------------------------------------ servers

class BaseServer:
    """Transport-independent server: request loop and per-request hooks.

    Subclasses provide get_request() and fileno() (for the loop to wait on)
    and usually override the hooks.
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = server_address, RequestHandlerClass
        self._serve_state = _ServeState()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()

    # The loop.

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called (from another thread);
        `poll_interval` bounds how long a shutdown request goes unnoticed."""
        state = self._serve_state
        state.idle.clear()
        try:
            with _Readiness(self) as readiness:
                for pending in readiness.pulses(poll_interval, state.stopping):
                    if pending:
                        self._take_next()
                    self.service_actions()
        finally:
            state.stop_wanted = False
            state.idle.set()

    def shutdown(self):
        """Stop serve_forever() and wait until it has returned."""
        state = self._serve_state
        state.stop_wanted = True
        state.idle.wait()

    def service_actions(self):
        """Called on each turn of serve_forever()."""

    def handle_request(self):
        """Handle one request, giving up after the effective timeout."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        with _Readiness(self) as readiness:
            arrived = readiness.wait(min(limits) if limits else None)
        if not arrived:
            return self.handle_timeout()
        self._take_next()

    def _take_next(self):
        delivery = _Delivery.accept(self)
        if delivery is not None and delivery.admit():
            delivery.dispatch()

    # Hooks.

    def server_activate(self):
        """Get ready to receive requests (nothing here)."""

    def server_close(self):
        """Release the server's resources (nothing here)."""

    def handle_timeout(self):
        """Called by handle_request() when no request came in time."""

    def verify_request(self, request, client_address):
        """Whether to serve the request (always, here)."""
        return True

    def process_request(self, request, client_address):
        """Serve the request right away, then shut it down."""
        _Delivery(self, request, client_address).serve()

    def finish_request(self, request, client_address):
        """Serve the request: the handler class does the work."""
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self)

    def shutdown_request(self, request):
        """End a served request."""
        self.close_request(request)

    def close_request(self, request):
        """Release a request's resources (nothing here)."""

    def handle_error(self, request, client_address):
        """Report the exception being handled; serving goes on."""
        import traceback
        rule = '-' * 40
        print(rule, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        traceback.print_exc()
        print(rule, file=sys.stderr)


class _Unopened:
    """Placeholder for a socket the platform would not create: closing it
    is harmless, anything else raises the creation error again."""

    def __init__(self, error):
        self._error = error

    def close(self):
        pass

    def __getattr__(self, name):
        raise OSError(*self._error.args)


class TCPServer(BaseServer):
    """Server over a stream socket (AF_INET unless address_family differs)."""

    address_family, socket_type = socket.AF_INET, socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = allow_reuse_port = False
    # Which direction of a served connection to shut before closing it.
    _shut_first = socket.SHUT_WR

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = self._open_socket(strict=bind_and_activate)
        if bind_and_activate:
            self._start()

    def _open_socket(self, strict):
        try:
            return socket.socket(self.address_family, self.socket_type)
        except OSError as error:
            if strict:
                raise
            return _Unopened(error)

    def fileno(self):
        """File descriptor of the listening socket."""
        sock = self.socket
        return sock.fileno()

    def _start(self):
        """Bind and activate; on failure close the socket and re-raise."""
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        """Set the requested reuse options, bind, record the bound address."""
        options = [getattr(socket, name) for wanted, name in
                   ((self.allow_reuse_address, 'SO_REUSEADDR'),
                    (self.allow_reuse_port, 'SO_REUSEPORT'))
                   if wanted and hasattr(socket, name)]
        sock = self.socket
        for option in options:
            sock.setsockopt(socket.SOL_SOCKET, option, 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        backlog = self.request_queue_size
        self.socket.listen(backlog)

    def get_request(self):
        """Accept a connection: returns (connection, client address)."""
        connection, peer = self.socket.accept()
        return connection, peer

    def shutdown_request(self, request):
        how = self._shut_first
        if how is not None:
            with contextlib.suppress(OSError):
                request.shutdown(how)
        self.close_request(request)

    def close_request(self, request):
        request.close()

    def server_close(self):
        self.socket.close()


class UDPServer(TCPServer):
    """Datagram server: a request is (packet bytes, server socket)."""

    socket_type, max_packet_size = socket.SOCK_DGRAM, 8192
    _shut_first = None

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        """Datagram sockets do not listen."""

    def close_request(self, request):
        """Nothing to close: the socket is the server's own."""


if _UNIX_FAMILY is not None:
    class UnixStreamServer(TCPServer):
        address_family = _UNIX_FAMILY

    class UnixDatagramServer(UDPServer):
        address_family = _UNIX_FAMILY


# ------------------------------------------------------------------ mix-ins

class ThreadingMixIn:
    """Serve every request in a thread of its own."""

    daemon_threads = False
    # server_close() waits for the (non-daemon) threads still running.
    block_on_close = True

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address),
                                  daemon=self.daemon_threads)
        worker.start()
        if self.block_on_close and not worker.daemon:
            still_running = [t for t in vars(self).get('_joinable', ()) if t.is_alive()]
            self._joinable = still_running + [worker]

    def process_request_thread(self, request, client_address):
        """What a worker thread runs."""
        _Delivery(self, request, client_address).complete()

    def server_close(self):
        super().server_close()
        for worker in vars(self).pop('_joinable', ()):
            worker.join()


def _wait_any():
    """Block until some child process ends: its pid, or None on error."""
    try:
        return os.waitpid(-1, 0)[0]
    except OSError:
        return None


def _has_ended(pid, flags):
    """Reap child `pid` (waitpid flags as given); True when it is gone,
    including when it is not (or no longer) our child."""
    try:
        reaped = os.waitpid(pid, flags)[0]
    except ChildProcessError:
        return True
    except OSError:
        return False
    return reaped == pid


if _CAN_FORK:
    class ForkingMixIn:
        """Serve every request in a child process."""

        timeout = 300
        # pids of the children not reaped yet (a set once a child exists).
        active_children = None
        max_children = 40
        # server_close() waits for all children.
        block_on_close = True

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid == 0:
                self._child_main(request, client_address)
            children = self.active_children
            if children is None:
                children = self.active_children = set()
            children.add(pid)
            self.close_request(request)     # the child has its own copy

        def _child_main(self, request, client_address):
            served = False
            try:
                served = _Delivery(self, request, client_address).complete()
            finally:
                os._exit(0 if served else 1)

        def collect_children(self, *, blocking=False):
            """Reap ended children (waiting for all of them if `blocking`);
            at max_children or more, first wait until one ends."""
            children = self.active_children
            if children is None:
                return
            while len(children) >= self.max_children:
                ended = _wait_any()
                if ended is None:
                    break
                children.discard(ended)
            flags = 0 if blocking else os.WNOHANG
            children.difference_update([pid for pid in list(children)
                                        if _has_ended(pid, flags)])

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def server_close(self):
            super().server_close()
            wait_all = self.block_on_close
            self.collect_children(blocking=wait_all)


# ------------------------------------------------------- ready-made servers

class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass
class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass

if _CAN_FORK:
    class ForkingTCPServer(ForkingMixIn, TCPServer): pass
    class ForkingUDPServer(ForkingMixIn, UDPServer): pass

if _UNIX_FAMILY is not None:
    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass
    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass

    if _CAN_FORK:
        class ForkingUnixStreamServer(ForkingMixIn, UnixStreamServer): pass
        class ForkingUnixDatagramServer(ForkingMixIn, UnixDatagramServer): pass


# Exported names, in the order CPython lists them; only those this platform has.
__all__ = [name for name in (
    "BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer",
    "ThreadingTCPServer", "BaseRequestHandler", "StreamRequestHandler",
    "DatagramRequestHandler", "ThreadingMixIn", "ForkingUDPServer",
    "ForkingTCPServer", "ForkingMixIn", "UnixStreamServer",
    "UnixDatagramServer", "ThreadingUnixStreamServer",
    "ThreadingUnixDatagramServer", "ForkingUnixStreamServer",
    "ForkingUnixDatagramServer",
) if name in globals()]
