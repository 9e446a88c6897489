"""Filename globbing with shell-style wildcards (glob), written for pyrs."""

import os
import sys
import fnmatch

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit('glob.glob', pathname, recursive)
        audit('glob.glob/2', pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by pyrs '
                                  '(only dir_fd=None)')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _glob_path(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading '**' (or an empty pattern) first yields an empty name,
        # which is dropped here (eagerly, as CPython does).
        try:
            first = next(results)
        except StopIteration:
            pass
        else:
            if first:
                results = _prepend(first, results)
    return results


def _prepend(first, rest):
    yield first
    yield from rest


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = []
        for i in range(len(pathname)):
            piece = pathname[i:i + 1]
            if piece in b'*?[':
                piece = b'[' + piece + b']'
            out.append(piece)
        return drive + b''.join(out)
    out = []
    for ch in pathname:
        out.append('[' + ch + ']' if ch in '*?[' else ch)
    return drive + ''.join(out)


def has_magic(s):
    if isinstance(s, bytes):
        magic = b'*?['
    elif isinstance(s, str):
        magic = '*?['
    else:
        raise TypeError('expected string or bytes-like object, got '
                        f'{type(s).__name__!r}')
    for i in range(3):
        if magic[i:i + 1] in s:
            return True
    return False


# ------------------------------------------------------------- helpers

def _is_recursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _lexists(path):
    return os.path.lexists(path)


def _isdir(path):
    return os.path.isdir(path)


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return None


def _list_dir(dirname, dironly):
    """Names in dirname (only directories if dironly); [] on errors."""
    if dirname:
        target = dirname
    else:
        target = b'.' if isinstance(dirname, bytes) else '.'
    names = []
    try:
        entries = os.scandir(target)
    except OSError:
        return names
    try:
        for entry in entries:
            if dironly:
                is_dir = _entry_is_dir(entry)
                if not is_dir:
                    continue
            names.append(entry.name)
    except OSError:
        pass
    finally:
        close = getattr(entries, 'close', None)
        if close is not None:
            close()
    return names


# ------------------------------------------------------------- walking

def _glob_path(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash only matches directories.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly,
                                       include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly,
                                     include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        parents = _glob_path(dirname, root_dir, recursive, True,
                             include_hidden)
    else:
        parents = [dirname]
    if not has_magic(basename):
        in_dir = _glob_literal
    elif recursive and _is_recursive(basename):
        in_dir = _glob_recursive
    else:
        in_dir = _glob_pattern
    for parent in parents:
        for name in in_dir(_join(root_dir, parent), basename, dironly,
                           include_hidden):
            yield os.path.join(parent, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _list_dir(dirname, dironly)
    if not include_hidden and not _is_hidden(pattern):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # CPython 3.12.1 yields the directory itself ('' here) even when it
    # does not exist, so 'nope/**' gives ['nope/'].
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _list_dir(dirname, dironly):
        if not include_hidden and _is_hidden(name):
            continue
        yield name
        path = _join(dirname, name) if dirname else name
        for sub in _walk(path, dironly, include_hidden):
            yield _join(name, sub)
