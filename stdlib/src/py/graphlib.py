"""Topological sorting of graphs (CPython's graphlib module, written for pyrs)."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Per-node bookkeeping states.
_WAITING = 0      # not handed out by get_ready() yet
_HANDED_OUT = 1   # returned by get_ready(), not yet done()
_FINISHED = 2     # passed to done()


class _Vertex:
    """What the sorter knows about one node."""

    __slots__ = ("name", "pending", "after", "state")

    def __init__(self, name):
        self.name = name
        self.pending = 0      # predecessors not finished yet
        self.after = []       # successors, one entry per edge
        self.state = _WAITING


class CycleError(ValueError):
    """Raised by prepare() when the graph holds a cycle.

    args[1] lists the nodes of one cycle, its first node repeated at the end.
    """


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._queue = None        # None until prepare() runs
        self._out_count = 0
        self._done_count = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _vertex(self, node):
        v = self._vertices.get(node)
        if v is None:
            v = self._vertices[node] = _Vertex(node)
        return v

    def add(self, node, *predecessors):
        """Add `node` to the graph, to come after every one of `predecessors`."""
        if self._queue is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        target.pending += len(predecessors)
        for pred in predecessors:
            self._vertex(pred).after.append(node)

    def prepare(self):
        """Freeze the graph and look for a cycle (raising CycleError if found)."""
        if self._queue is not None:
            raise ValueError("cannot prepare() more than once")
        self._queue = [v.name for v in self._vertices.values() if v.pending == 0]
        loop = self._search_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def _require_prepared(self):
        if self._queue is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done."""
        self._require_prepared()
        batch = tuple(self._queue)
        for name in batch:
            self._vertices[name].state = _HANDED_OUT
        self._queue.clear()
        self._out_count += len(batch)
        return batch

    def is_active(self):
        """True while progress is still possible (nodes ready or in progress)."""
        self._require_prepared()
        return self._done_count < self._out_count or bool(self._queue)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        self._require_prepared()
        verts = self._vertices
        for node in nodes:
            v = verts.get(node)
            if v is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if v.state != _HANDED_OUT:
                if v.state == _FINISHED:
                    raise ValueError(f"node {node!r} was already marked done")
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            v.state = _FINISHED
            for succ in v.after:
                sv = verts[succ]
                sv.pending -= 1
                if sv.pending == 0:
                    self._queue.append(succ)
            self._done_count += 1

    def _search_cycle(self):
        # Depth-first walk along successor edges; meeting a node that is on
        # the current path closes a cycle.
        verts = self._vertices
        visited = set()
        for root in verts:
            if root in visited:
                continue
            path = [root]
            where = {root: 0}
            cursors = [iter(verts[root].after)]
            visited.add(root)
            while path:
                nxt = next(cursors[-1], _NOTHING)
                if nxt is _NOTHING:
                    del where[path.pop()]
                    cursors.pop()
                    continue
                if nxt in where:
                    return path[where[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                where[nxt] = len(path)
                path.append(nxt)
                cursors.append(iter(verts[nxt].after))
        return None

    def static_order(self):
        """Yield every node of the graph in a topological order."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_NOTHING = object()
