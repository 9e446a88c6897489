"""Unix shell-style pathname pattern expansion.

A pattern is split into path components; a component holding one of the
wildcards * ? [ is matched with fnmatch against directory listings, other
components must simply exist.  With recursive=True a component that is
exactly '**' stands for any number of nested directories (zero included).
Names starting with a dot are only matched by components that also start
with one, unless include_hidden=True.
"""

import fnmatch
import os
import re
import stat
import sys

__all__ = [
    "glob",
    "iglob",
    "escape",
]

magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in directory listing order, not
    sorted).  root_dir or dir_fd give the directory relative patterns are
    looked up in; results then stay relative to it."""
    found = iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                  recursive=recursive, include_hidden=include_hidden)
    return list(found)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but an iterator producing the paths as they are found."""
    event = (pathname, recursive)
    sys.audit("glob.glob", *event)
    sys.audit("glob.glob/2", *event, root_dir, dir_fd)
    base = pathname[:0] if root_dir is None else os.fspath(root_dir)
    search = _Search(base, dir_fd, recursive, include_hidden)
    return (found for found in search.run(pathname) if found)


def has_magic(s):
    """Whether s (str or bytes) holds a wildcard character."""
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def escape(pathname):
    """pathname with every wildcard character made literal (wrapped in
    brackets); a drive part is left alone."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = b"".join(b"[%c]" % c if c in b"*?[" else bytes((c,)) for c in rest)
    else:
        rest = "".join(f"[{c}]" if c in "*?[" else c for c in rest)
    return drive + rest


def glob0(dirname, pattern):
    """[pattern] if it names an existing entry of dirname (taken literally;
    an empty pattern asks whether dirname is a directory), else []."""
    return list(_Search(dirname[:0], None, False, False).literal(dirname, pattern))


def glob1(dirname, pattern):
    """The names in dirname matching the wildcard pattern."""
    return list(_Search(dirname[:0], None, False, False).wildcard(dirname, pattern, False))


def _is_hidden(name):
    return name[:1] in (".", b".")


def _on(first, second):
    # second inside first, where either may be empty (then it is the other).
    if first and second:
        return os.path.join(first, second)
    return first or second


def _leads_to_dir(entry):
    # A directory, or a symbolic link to one.
    try:
        return entry.is_dir()
    except OSError:
        return False


class _Search:
    """One glob call: where relative paths start (base and dir_fd) and the
    options; run() produces the matches of a pattern."""

    def __init__(self, base, dir_fd, recursive, include_hidden):
        self.base = base
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    def run(self, pattern):
        if not pattern:
            return
        if not has_magic(pattern):
            # Nothing to expand: the path only has to exist (as a directory
            # when it ends with a separator).
            head, tail = os.path.split(pattern)
            if tail:
                found = self.lexists(_on(self.base, pattern))
            else:
                found = self.isdir(_on(self.base, head))
            if found:
                yield pattern
            return
        start, steps = self.components(pattern)
        yield from self.expand(start, steps)

    @staticmethod
    def components(pattern):
        """(leading part without wildcards, the components after it)."""
        steps = []
        head = pattern
        while True:
            head, tail = os.path.split(head)
            steps.append(tail)
            if not has_magic(head):
                break
        steps.reverse()
        return head, steps

    def expand(self, where, steps):
        step, later = steps[0], steps[1:]
        for name in self.matches(where, step, bool(later)):
            path = os.path.join(where, name) if where else name
            if later:
                yield from self.expand(path, later)
            else:
                yield path

    def matches(self, where, step, dirs_only):
        """Names (relative to where) that step matches."""
        if not has_magic(step):
            return self.literal(where, step)
        if self.recursive and step in ("**", b"**"):
            return self.descendants(where, step[:0], dirs_only)
        return self.wildcard(where, step, dirs_only)

    def place(self, where):
        """The file-system path of where (a path produced so far)."""
        return _on(self.base, where) if where else self.base

    def literal(self, where, name):
        place = self.place(where)
        if name:
            hit = self.lexists(_on(place, name))
        else:
            hit = self.isdir(place)
        return [name] if hit else []

    def wildcard(self, where, pattern, dirs_only):
        names = [name for name, _ in self.entries(self.place(where), dirs_only)]
        if not (self.include_hidden or _is_hidden(pattern)):
            names = [name for name in names if not _is_hidden(name)]
        return fnmatch.filter(names, pattern)

    def descendants(self, where, empty, dirs_only):
        # where itself (as an empty name) first, then everything below it.
        yield empty
        yield from self.below(self.place(where), empty, dirs_only)

    def below(self, folder, prefix, dirs_only):
        """Paths under folder, relative to it (after prefix), each entry
        followed by its own contents."""
        for name, is_dir in self.entries(folder, dirs_only):
            if not self.include_hidden and _is_hidden(name):
                continue
            rel = os.path.join(prefix, name) if prefix else name
            yield rel
            if is_dir:
                yield from self.below(_on(folder, name), rel, dirs_only)

    # -- the file system, relative to base and dir_fd ------------------------

    def entries(self, folder, dirs_only):
        """(name, is a directory) for each entry of folder, read in full; an
        empty list when it cannot be listed."""
        here = b"." if isinstance(folder, bytes) else "."
        opened = None
        try:
            if self.dir_fd is None:
                target = folder or here
            else:
                flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
                target = opened = os.open(folder or here, flags, dir_fd=self.dir_fd)
            with os.scandir(target) as listing:
                found = [(entry.name, _leads_to_dir(entry)) for entry in listing]
        except OSError:
            return []
        finally:
            if opened is not None:
                os.close(opened)
        if opened is not None and isinstance(folder, bytes):
            found = [(os.fsencode(name), is_dir) for name, is_dir in found]
        return [item for item in found if item[1] or not dirs_only]

    def lexists(self, path):
        if self.dir_fd is None:
            return os.path.lexists(path)
        try:
            os.lstat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def isdir(self, path):
        if self.dir_fd is None:
            return os.path.isdir(path)
        try:
            info = os.stat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return stat.S_ISDIR(info.st_mode)
