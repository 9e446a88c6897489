"""A small line/character differ producing difflib.ndiff's text, for unittest's messages."""

__unittest = True


def _blank_char(ch):
    return ch == ' ' or ch == '\t'


class _Matcher:
    """Finds the common blocks of two sequences, the way difflib's SequenceMatcher does."""

    def __init__(self, left, right, junk=None):
        self.left = left
        self.right = right
        where = {}
        for pos, item in enumerate(right):
            where.setdefault(item, []).append(pos)
        self.junk = set()
        if junk is not None:
            for item in list(where):
                if junk(item):
                    self.junk.add(item)
                    del where[item]
        size = len(right)
        if size >= 200:
            limit = size // 100 + 1
            for item in [k for k, spots in where.items() if len(spots) > limit]:
                del where[item]
        self.where = where
        self._blocks = None

    def _longest(self, lo1, hi1, lo2, hi2):
        left, right, where, junk = self.left, self.right, self.where, self.junk
        start1, start2, size = lo1, lo2, 0
        runs = {}
        for i in range(lo1, hi1):
            fresh = {}
            for j in where.get(left[i], ()):
                if j < lo2:
                    continue
                if j >= hi2:
                    break
                length = runs.get(j - 1, 0) + 1
                fresh[j] = length
                if length > size:
                    start1, start2, size = i - length + 1, j - length + 1, length
            runs = fresh
        # Grow the block over neighbours that were left out of the index.
        for wanted in (False, True):
            while (start1 > lo1 and start2 > lo2 and (right[start2 - 1] in junk) == wanted
                   and left[start1 - 1] == right[start2 - 1]):
                start1 -= 1
                start2 -= 1
                size += 1
            while (start1 + size < hi1 and start2 + size < hi2
                   and (right[start2 + size] in junk) == wanted
                   and left[start1 + size] == right[start2 + size]):
                size += 1
        return start1, start2, size

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        pending = [(0, len(self.left), 0, len(self.right))]
        while pending:
            lo1, hi1, lo2, hi2 = pending.pop()
            i, j, k = self._longest(lo1, hi1, lo2, hi2)
            if k:
                found.append((i, j, k))
                if lo1 < i and lo2 < j:
                    pending.append((lo1, i, lo2, j))
                if i + k < hi1 and j + k < hi2:
                    pending.append((i + k, hi1, j + k, hi2))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        merged.append((len(self.left), len(self.right), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        codes = []
        i = j = 0
        for bi, bj, size in self.blocks():
            if i < bi and j < bj:
                codes.append(('replace', i, bi, j, bj))
            elif i < bi:
                codes.append(('delete', i, bi, j, bj))
            elif j < bj:
                codes.append(('insert', i, bi, j, bj))
            if size:
                codes.append(('equal', bi, bi + size, bj, bj + size))
            i, j = bi + size, bj + size
        return codes

    def ratio(self):
        same = sum(size for _, _, size in self.blocks())
        total = len(self.left) + len(self.right)
        return 2.0 * same / total if total else 1.0


def _prefixed(tag, seq, lo, hi):
    for k in range(lo, hi):
        yield tag + ' ' + seq[k]


def _hint_line(text, marks):
    # Tabs and spaces under unchanged characters are copied so the marks line up.
    out = ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(text, marks))
    return out.rstrip()


def _near_pair(old, new, lo1, hi1, lo2, hi2):
    best, at1, at2 = 0.74, None, None
    same1 = same2 = None
    for j in range(lo2, hi2):
        for i in range(lo1, hi1):
            if old[i] == new[j]:
                if same1 is None:
                    same1, same2 = i, j
                continue
            score = _Matcher(old[i], new[j], _blank_char).ratio()
            if score > best:
                best, at1, at2 = score, i, j
    if best < 0.75:
        if same1 is None:
            return None
        return same1, same2, True
    return at1, at2, False


def _replace_block(old, new, lo1, hi1, lo2, hi2):
    pair = _near_pair(old, new, lo1, hi1, lo2, hi2)
    if pair is None:
        if hi2 - lo2 < hi1 - lo1:
            yield from _prefixed('+', new, lo2, hi2)
            yield from _prefixed('-', old, lo1, hi1)
        else:
            yield from _prefixed('-', old, lo1, hi1)
            yield from _prefixed('+', new, lo2, hi2)
        return
    i, j, identical = pair
    yield from _around(old, new, lo1, i, lo2, j)
    if identical:
        yield '  ' + old[i]
    else:
        a, b = old[i], new[j]
        marks_a = marks_b = ''
        glyph = {'replace': '^', 'delete': '-', 'insert': '+'}
        for tag, i1, i2, j1, j2 in _Matcher(a, b, _blank_char).opcodes():
            if tag == 'equal':
                marks_a += ' ' * (i2 - i1)
                marks_b += ' ' * (j2 - j1)
            else:
                if tag != 'insert':
                    marks_a += glyph[tag] * (i2 - i1)
                if tag != 'delete':
                    marks_b += glyph[tag] * (j2 - j1)
        marks_a = _hint_line(a, marks_a)
        marks_b = _hint_line(b, marks_b)
        yield '- ' + a
        if marks_a:
            yield '? ' + marks_a + '\n'
        yield '+ ' + b
        if marks_b:
            yield '? ' + marks_b + '\n'
    yield from _around(old, new, i + 1, hi1, j + 1, hi2)


def _around(old, new, lo1, hi1, lo2, hi2):
    if lo1 < hi1 and lo2 < hi2:
        yield from _replace_block(old, new, lo1, hi1, lo2, hi2)
    elif lo1 < hi1:
        yield from _prefixed('-', old, lo1, hi1)
    elif lo2 < hi2:
        yield from _prefixed('+', new, lo2, hi2)


def line_diff(old, new):
    """The lines of difflib.ndiff(old, new)."""
    for tag, i1, i2, j1, j2 in _Matcher(old, new).opcodes():
        if tag == 'replace':
            yield from _replace_block(old, new, i1, i2, j1, j2)
        else:
            yield from _prefixed({'equal': ' ', 'delete': '-', 'insert': '+'}[tag],
                                 old if tag != 'insert' else new,
                                 i1 if tag != 'insert' else j1,
                                 i2 if tag != 'insert' else j2)
