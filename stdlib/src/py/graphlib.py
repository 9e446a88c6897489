"""Topological ordering of hashable nodes (graphlib)."""

from collections import deque
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Life cycle of a node once prepare() has run.
_PENDING, _HANDED_OUT, _FINISHED = range(3)


class CycleError(ValueError):
    """The graph is not acyclic; args[1] lists one cycle, first node repeated last."""


class TopologicalSorter:
    """Hand out the nodes of a dependency graph in a valid order."""

    def __init__(self, graph=None):
        self._waiting = {}    # node -> unfinished predecessor edges
        self._after = {}      # node -> successors (one entry per edge)
        self._phase = None    # node -> _PENDING / _HANDED_OUT / _FINISHED, after prepare()
        self._queue = deque()
        self._outstanding = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _know(self, node):
        if node not in self._waiting:
            self._waiting[node] = 0
            self._after[node] = []

    def add(self, node, *predecessors):
        """Record *node*, which may only run after every one of *predecessors*."""
        if self._phase is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._waiting[node] += len(predecessors)
        for pred in predecessors:
            self._know(pred)
            self._after[pred].append(node)

    def prepare(self):
        """Freeze the graph; raise CycleError if it has a cycle."""
        if self._phase is not None:
            raise ValueError("cannot prepare() more than once")
        self._phase = dict.fromkeys(self._waiting, _PENDING)
        self._queue.extend(n for n, count in self._waiting.items() if count == 0)
        loop = self._some_cycle()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def _check_prepared(self):
        if self._phase is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of every node that can be processed now."""
        self._check_prepared()
        batch = tuple(self._queue)
        self._queue.clear()
        for node in batch:
            self._phase[node] = _HANDED_OUT
        self._outstanding += len(batch)
        return batch

    def is_active(self):
        """True while some node is still to be handed out or finished."""
        self._check_prepared()
        return bool(self._queue) or self._outstanding > 0

    __bool__ = is_active

    def done(self, *nodes):
        """Mark handed-out *nodes* as finished, releasing their successors."""
        self._check_prepared()
        for node in nodes:
            phase = self._phase.get(node)
            if phase is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if phase == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if phase == _PENDING:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            self._phase[node] = _FINISHED
            self._outstanding -= 1
            for succ in self._after[node]:
                self._waiting[succ] -= 1
                if self._waiting[succ] == 0:
                    self._queue.append(succ)

    def _some_cycle(self):
        # Colour-marking DFS along successor edges, nodes in insertion order.
        colour = {}           # absent: unvisited, True: on the path, False: closed
        for root in self._after:
            if root in colour:
                continue
            path = [root]
            cursor = [0]
            colour[root] = True
            while path:
                node = path[-1]
                succs = self._after[node]
                i = cursor[-1]
                if i == len(succs):
                    colour[node] = False
                    path.pop()
                    cursor.pop()
                    continue
                cursor[-1] = i + 1
                nxt = succs[i]
                state = colour.get(nxt)
                if state is None:
                    colour[nxt] = True
                    path.append(nxt)
                    cursor.append(0)
                elif state:
                    return path[path.index(nxt):] + [nxt]
        return None

    def static_order(self):
        """Yield every node in one valid order (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
