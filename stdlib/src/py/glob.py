"""Expand shell-style wildcard patterns (``*``, ``?``, ``[seq]``) into path names.

``**`` also matches any number of nested directories when ``recursive`` is true.
Names starting with a dot are only matched by patterns that start with a dot,
unless ``include_hidden`` is true.
"""

import fnmatch
import itertools
import os
import re
import stat
import sys

__all__ = ['glob', 'iglob', 'escape']

# Wildcard characters, captured so escape() can wrap each one in brackets.
magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')

_OPEN_DIR_FLAGS = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)


def _report(*event):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(*event)


def has_magic(s):
    """Tell whether *s* holds any wildcard character."""
    finder = magic_check_bytes if isinstance(s, bytes) else magic_check
    return finder.search(s) is not None


def _hidden(name):
    # Works for str and bytes alike: the first item is '.' or ord('.').
    return name[0] in ('.', 46)


def _is_doublestar(part):
    return part == '**' or part == b'**'


def _combine(left, right):
    """Join two pieces, treating an empty piece as absent."""
    if left and right:
        return os.path.join(left, right)
    return left or right


class _Expander:
    """Holds the settings of one glob call and walks the file system."""

    def __init__(self, root, dir_fd, recursive, include_hidden):
        self.root = root
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    # -- file system queries, honouring dir_fd when one is given ---------

    def exists_nofollow(self, path):
        if self.dir_fd is None:
            return os.path.lexists(path)
        try:
            os.lstat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def is_directory(self, path):
        if self.dir_fd is None:
            return os.path.isdir(path)
        try:
            info = os.stat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return stat.S_ISDIR(info.st_mode)

    def entries(self, dirname, dirs_only):
        """Names found in *dirname* (only subdirectories if *dirs_only*)."""
        found = []
        want_bytes = isinstance(dirname, bytes)
        opened = None
        try:
            try:
                if self.dir_fd is not None:
                    if dirname:
                        opened = os.open(dirname, _OPEN_DIR_FLAGS, dir_fd=self.dir_fd)
                        target = opened
                    else:
                        target = self.dir_fd
                    convert = os.fsencode if want_bytes else None
                else:
                    convert = None
                    if dirname:
                        target = dirname
                    else:
                        target = b'.' if want_bytes else '.'
                with os.scandir(target) as listing:
                    for entry in listing:
                        try:
                            if dirs_only and not entry.is_dir():
                                continue
                        except OSError:
                            continue
                        name = entry.name
                        found.append(convert(name) if convert else name)
            finally:
                if opened is not None:
                    os.close(opened)
        except OSError:
            pass
        return found

    # -- the three kinds of last component -------------------------------

    def literal(self, dirname, name, dirs_only):
        """A component without wildcards: keep it if it exists."""
        if not name:
            return [name] if self.is_directory(dirname) else []
        if self.exists_nofollow(_combine(dirname, name)):
            return [name]
        return []

    def wildcard(self, dirname, pattern, dirs_only):
        """A component with wildcards, matched against one directory."""
        names = self.entries(dirname, dirs_only)
        if not (self.include_hidden or _hidden(pattern)):
            names = [n for n in names if not _hidden(n)]
        return fnmatch.filter(names, pattern)

    def everything(self, dirname, pattern, dirs_only):
        """A ``**`` component: the directory itself, then all below it."""
        # The directory itself is reported without checking that it exists.
        yield pattern[:0]
        yield from self.below(dirname, dirs_only)

    def below(self, dirname, dirs_only):
        for name in self.entries(dirname, dirs_only):
            if _hidden(name) and not self.include_hidden:
                continue
            yield name
            inner = _combine(dirname, name) if dirname else name
            for rest in self.below(inner, dirs_only):
                yield _combine(name, rest)

    # -- the driver -------------------------------------------------------

    def expand(self, pattern, dirs_only):
        head, last = os.path.split(pattern)
        if not has_magic(pattern):
            # Nothing to expand: the path is either there or not.
            if last:
                if self.exists_nofollow(_combine(self.root, pattern)):
                    yield pattern
            elif self.is_directory(_combine(self.root, head)):
                yield pattern
            return
        deep = self.recursive and _is_doublestar(last)
        if not head:
            step = self.everything if deep else self.wildcard
            yield from step(self.root, last, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, True)
        else:
            parents = (head,)
        if not has_magic(last):
            step = self.literal
        elif deep:
            step = self.everything
        else:
            step = self.wildcard
        for parent in parents:
            for name in step(_combine(self.root, parent), last, dirs_only):
                yield os.path.join(parent, name)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return the list of paths matching *pathname*.

    The result may be in any order.  With *root_dir*, the pattern is looked up
    relative to that directory and results are relative to it too.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but produce the matching paths lazily."""
    _report("glob.glob", pathname, recursive)
    _report("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is None:
        base = pathname[:0]
    else:
        base = os.fspath(root_dir)
    results = _Expander(base, dir_fd, recursive, include_hidden).expand(pathname, False)
    if not pathname or (recursive and _is_doublestar(pathname[:2])):
        # Such patterns first produce an empty name for the starting
        # directory itself; that one is not reported.
        first = next(results, None)
        if first:
            results = itertools.chain((first,), results)
    return results


def glob0(dirname, pattern):
    """Return [pattern] if that name exists in *dirname*, else []."""
    return _Expander(dirname[:0], None, False, False).literal(dirname, pattern, False)


def glob1(dirname, pattern):
    """Return the names in *dirname* that match the wildcard *pattern*."""
    return _Expander(dirname[:0], None, False, False).wildcard(dirname, pattern, False)


def escape(pathname):
    """Make every wildcard character in *pathname* match only itself."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest
