"""Helpers for computing deltas between sequences (CPython's difflib module, written for pyrs)."""

import re as _re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    # 2*M/T, with two empty sequences counting as identical
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Find the longest contiguous junk-free matching blocks of two
    sequences of hashable elements, recursively, in the manner of the
    Ratcliff/Obershelp "gestalt pattern matching" algorithm."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the one that is cheap to change)."""
        if a is self.a:
            return
        self.a = a
        self._blocks = None
        self._codes = None

    def set_seq2(self, b):
        """Set the second sequence (its index is rebuilt on every change)."""
        if b is self.b:
            return
        self.b = b
        self._blocks = None
        self._codes = None
        self._bcounts = None
        self._index_b()

    def _index_b(self):
        # Map each element of b to the ascending list of positions where it
        # occurs, then drop junk elements and (for long b) very common ones.
        where = {}
        for pos, elt in enumerate(self.b):
            spots = where.get(elt)
            if spots is None:
                where[elt] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for elt in [e for e, spots in where.items() if len(spots) > limit]:
                popular.add(elt)
                del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Return the longest matching block in a[alo:ahi] and b[blo:bhi]
        as Match(a, b, size); ties go to the block starting earliest in a,
        then earliest in b. Junk may only pad the ends of a match."""
        a, b, where = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_a, best_b, best_len = alo, blo, 0
        # run[j] = length of the match ending at a[i-1] and b[j]
        run = {}
        for i in range(alo, ahi):
            fresh = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run.get(j - 1, 0) + 1
                fresh[j] = length
                if length > best_len:
                    best_a = i - length + 1
                    best_b = j - length + 1
                    best_len = length
            run = fresh
        # Grow the block over equal non-junk (popular) elements, then over
        # equal junk elements, on both sides.
        for want_junk in (False, True):
            while (best_a > alo and best_b > blo
                   and (b[best_b - 1] in junk) == want_junk
                   and a[best_a - 1] == b[best_b - 1]):
                best_a -= 1
                best_b -= 1
                best_len += 1
            while (best_a + best_len < ahi and best_b + best_len < bhi
                   and (b[best_b + best_len] in junk) == want_junk
                   and a[best_a + best_len] == b[best_b + best_len]):
                best_len += 1
        return Match(best_a, best_b, best_len)

    def get_matching_blocks(self):
        """Return the list of Match triples (i, j, n) with a[i:i+n] == b[j:j+n],
        increasing in i and j, ending with the dummy (len(a), len(b), 0)."""
        if self._blocks is not None:
            return self._blocks
        found = []
        la = len(self.a)
        lb = len(self.b)
        pending = [(0, la, 0, lb)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        # fuse blocks that touch end to start
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append(Match(ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self._blocks = merged
        return merged

    def get_opcodes(self):
        """Return a list of 5-tuples (tag, i1, i2, j1, j2) describing how to
        turn a into b; tag is 'replace', 'delete', 'insert' or 'equal'."""
        if self._codes is not None:
            return self._codes
        codes = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():  # ordered blocks
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self._codes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes, each with at most n lines of context
        around the changes (like the hunks of a unified diff)."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # trim the context kept before the first and after the last change
        head = codes[0]
        if head[0] == 'equal':
            _, i1, i2, j1, j2 = head
            codes[0] = ('equal', max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tail = codes[-1]
        if tail[0] == 'equal':
            _, i1, i2, j1, j2 = tail
            codes[-1] = ('equal', i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for op in codes:
            tag, i1, i2, j1, j2 = op
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long unchanged stretch closes the current hunk
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T with M matched elements, T total."""
        matched = 0
        for blk in self.get_matching_blocks():
            matched += blk[2]
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), computed from element counts only."""
        if self._bcounts is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self._bcounts = counts
        left = {}
        common = 0
        for elt in self.a:
            have = left[elt] if elt in left else self._bcounts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                common += 1
        return _ratio_of(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A very cheap upper bound on ratio(), from the lengths only."""
        sizes = (len(self.a), len(self.b))
        return _ratio_of(min(sizes), sum(sizes))

    __class_getitem__ = classmethod(_GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities that are most similar to word
    (by SequenceMatcher.ratio, at least cutoff), best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not (0.0 <= cutoff <= 1.0):
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    sm = SequenceMatcher()
    sm.set_seq2(word)
    scored = []
    for cand in possibilities:
        sm.set_seq1(cand)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), cand))
    return [cand for _, cand in _nlargest(n, scored)]


def _restore_ws(line, marks):
    # keep tabs and other whitespace of the line under blank marks
    return ''.join(ch if m == ' ' and ch.isspace() else m
                   for ch, m in zip(line, marks))


class Differ:
    """Produce human-readable line deltas, with '?' lines pointing at the
    changes inside similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning the lines of a into those of b."""
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in sm.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, x[k])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block is written first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair up the most similar lines of the two blocks (ratio above
        # 0.74, or an identical pair as a fallback) and mark the characters
        # that differ; recurse on what lies before and after the pair.
        best, pick_a, pick_b = 0.74, None, None
        same_a = same_b = None
        sm = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            line_b = b[j]
            sm.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if same_a is None:
                        same_a, same_b = i, j
                    continue
                sm.set_seq1(line_a)
                if (sm.real_quick_ratio() > best and sm.quick_ratio() > best
                        and sm.ratio() > best):
                    best, pick_a, pick_b = sm.ratio(), i, j
        identical = False
        if best < 0.75:
            if same_a is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            pick_a, pick_b, identical = same_a, same_b, True
        yield from self._fancy_helper(a, alo, pick_a, b, blo, pick_b)
        line_a, line_b = a[pick_a], b[pick_b]
        if identical:
            yield '  ' + line_a
        else:
            marks_a = []
            marks_b = []
            sm.set_seqs(line_a, line_b)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag == 'equal':
                    marks_a.append(' ' * (i2 - i1))
                    marks_b.append(' ' * (j2 - j1))
                elif tag == 'replace':
                    marks_a.append('^' * (i2 - i1))
                    marks_b.append('^' * (j2 - j1))
                elif tag == 'delete':
                    marks_a.append('-' * (i2 - i1))
                elif tag == 'insert':
                    marks_b.append('+' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(line_a, line_b, ''.join(marks_a),
                                     ''.join(marks_b))
        yield from self._fancy_helper(a, pick_a + 1, ahi, b, pick_b + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        for line, marks, sign in ((aline, atags, '-'), (bline, btags, '+')):
            yield sign + ' ' + line
            marks = _restore_ws(line, marks).rstrip()
            if marks:
                yield '? ' + marks + '\n'


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*(?:#\s*)?$").match):
    """True for a line that is blank or holds only a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_span(start, stop):
    # 'start,count' as in a unified diff hunk header, 1-based
    count = stop - start
    first = start + 1
    if count == 1:
        return '%d' % first
    if count == 0:
        first -= 1
    return '%d,%d' % (first, count)


def _context_span(start, stop):
    # 'first,last' as in a context diff hunk header, 1-based
    count = stop - start
    first = start + 1
    if count == 0:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, *texts):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for t in texts:
        if not isinstance(t, str):
            raise TypeError('all arguments must be str, not: %r' % (t,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff from the lines of a to those of b,
    with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        old = _unified_span(hunk[0][1], hunk[-1][2])
        new = _unified_span(hunk[0][3], hunk[-1][4])
        yield '@@ -%s +%s @@%s' % (old, new, lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'equal': '  ', 'replace': '! ', 'delete': '- ',
                 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff from the lines of a to those of b,
    with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(hunk[0][1], hunk[-1][2]),
                                 lineterm)
        tags = [op[0] for op in hunk]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_span(hunk[0][3], hunk[-1][4]),
                                 lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff or context_diff) on bytes
    inputs, treating them as ASCII with surrogateescape, and yield bytes."""
    def as_text(x):
        try:
            return x.decode('ascii', 'surrogateescape')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(x).__name__, x)) from exc
    a = [as_text(x) for x in a]
    b = [as_text(x) for x in b]
    names = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, as_text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of two lists of lines (see Differ.compare)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield one of the two sequences (which is 1 or 2) a Differ delta was
    made from."""
    choice = int(which)
    if choice == 1:
        keep = '- '
    elif choice == 2:
        keep = '+ '
    else:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % (which,))
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]


# ---------------------------------------------------------------------------
# Side-by-side HTML comparison
#
# Changed text is tagged with control characters that HTML escaping leaves
# alone: "\0" followed by one of "+", "-", "^" opens a span, "\1" closes it.

_RUN_OF_MARKS = _re.compile(r'\++|-+|\^+')
_FILLER = ('', '\n')


def _tag_whole(kind, body):
    # an added or deleted line is highlighted from end to end
    return '\0' + kind + (body or ' ') + '\1'


def _tag_parts(body, hints):
    # wrap each run of identical '?' hint characters in a span of its kind
    spans = [(m.start(), m.end()) for m in _RUN_OF_MARKS.finditer(hints)]
    for lo, hi in reversed(spans):
        body = (body[:lo] + '\0' + hints[lo] + body[lo:hi] + '\1'
                + body[hi:])
    return body


class _SideBySide:
    """Turn a Differ delta into two aligned columns of numbered lines."""

    def __init__(self, delta):
        self.delta = delta
        self.shape = ''.join(line[0] for line in delta) + 'X'
        self.pos = 0
        self.count = [0, 0]
        self.columns = ([], [])
        self.balance = 0   # lines the right column is ahead of the left

    def take(self, side, width=1):
        # number the next delta line (plus its '?' hint when width is 2)
        self.count[side] += 1
        text = self.delta[self.pos][2:]
        if width == 2:
            text = _tag_parts(text, self.delta[self.pos + 1][2:])
        self.pos += width
        return (self.count[side], text)

    def whole(self, side):
        number, text = self.take(side)
        return (number, _tag_whole('-+'[side], text))

    def put(self, side, entry, changed=True):
        self.columns[side].append((entry, changed))

    def pad(self, surplus):
        # a positive surplus fills the left column, a negative the right
        side = 0 if surplus > 0 else 1
        for _ in range(abs(surplus)):
            self.put(side, _FILLER)

    def settle(self, side, adjust):
        # emit the last line of a run after evening up both columns
        entry = self.whole(side)
        self.pad(self.balance + adjust)
        self.balance = 0
        self.put(side, entry)

    def step(self):
        look = self.shape[self.pos:self.pos + 4]
        if look.startswith('-?+?'):
            self.put(0, self.take(0, 2))
            self.put(1, self.take(1, 2))
        elif look.startswith('--++'):
            self.balance -= 1
            self.put(0, self.whole(0))
        elif look.startswith(('--?+', '--+', '- ')):
            self.settle(0, -1)
        elif look.startswith('-+?'):
            self.put(0, self.take(0))
            self.put(1, self.take(1, 2))
        elif look.startswith('-?+'):
            self.put(0, self.take(0, 2))
            self.put(1, self.take(1))
        elif look.startswith('-'):
            self.balance -= 1
            self.put(0, self.whole(0))
        elif look.startswith('+--'):
            self.balance += 1
            self.put(1, self.whole(1))
        elif look.startswith(('+ ', '+-')):
            self.settle(1, 1)
        elif look.startswith('+'):
            self.balance += 1
            self.put(1, self.whole(1))
        elif look.startswith(' '):
            self.count[1] += 1
            self.put(1, (self.count[1], self.delta[self.pos][2:]), False)
            self.put(0, self.take(0), False)
        else:
            # end of the delta: square the columns off and stop
            self.pad(self.balance)
            return False
        return True

    def rows(self):
        while self.step():
            pass
        left, right = self.columns
        for (a, a_changed), (b, b_changed) in zip(left, right):
            yield a, b, a_changed or b_changed


def _with_context(rows, around):
    # keep changed rows plus `around` rows either side; a (None, None, None)
    # row stands for each stretch left out, except one at the very end
    rows = list(rows)
    keep = [False] * len(rows)
    for index, row in enumerate(rows):
        if row[2]:
            for near in range(max(0, index - around),
                              min(len(rows), index + around + 1)):
                keep[near] = True
    skipped = False
    for index, row in enumerate(rows):
        if not keep[index]:
            skipped = True
            continue
        if skipped:
            yield None, None, None
            skipped = False
        yield row


def _side_by_side(a, b, context, linejunk, charjunk):
    delta = list(ndiff(a, b, linejunk, charjunk))
    rows = _SideBySide(delta).rows()
    if context is None:
        return rows
    return _with_context(rows, context)


def _escape_cell(text):
    text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
    return text.replace(' ', '&nbsp;').rstrip()


class HtmlDiff(object):
    """Render two lists of lines as an HTML table, side by side, with
    intraline changes highlighted and links jumping between changes."""

    _file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

    _styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

    _table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

    _legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

    # shared by every instance so that ids stay unique within one page
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """tabsize: tab stop spacing; wrapcolumn: wrap lines longer than
        this (None: never); linejunk, charjunk: passed on to ndiff."""
        self._tabsize = tabsize
        self._wrap_at = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """Return a complete XHTML page holding the comparison table and a
        legend; arguments as for make_table, plus the page's charset."""
        page = self._file_template % {
            'styles': self._styles,
            'legend': self._legend,
            'table': self.make_table(fromlines, tolines, fromdesc, todesc,
                                     context, numlines),
            'charset': charset,
        }
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _untab(self, lines):
        # expand tabs, keeping the padding they produce distinguishable from
        # real spaces (it turns back into '&nbsp;' at the very end)
        out = []
        for line in lines:
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            line = line.replace(' ', '\t').replace('\0', ' ')
            out.append(line.rstrip('\n'))
        return out

    def _wrap(self, number, text):
        # split one numbered line into pieces of at most _wrapcolumn
        # visible characters; continuation pieces are numbered '>'
        limit = self._wrap_at
        pieces = []
        while True:
            if (not number or len(text) <= limit
                    or len(text) - 3 * text.count('\0') <= limit):
                pieces.append((number, text))
                return pieces
            cut = shown = 0
            open_kind = ''
            while shown < limit and cut < len(text):
                ch = text[cut]
                if ch == '\0':
                    open_kind = text[cut + 1]
                    cut += 2
                elif ch == '\1':
                    open_kind = ''
                    cut += 1
                else:
                    cut += 1
                    shown += 1
            head, text = text[:cut], text[cut:]
            if open_kind:
                head += '\1'
                text = '\0' + open_kind + text
            pieces.append((number, head))
            number = '>'

    def _wrapped(self, rows):
        for left, right, changed in rows:
            if changed is None:
                yield left, right, changed
                continue
            lefts = self._wrap(*left)
            rights = self._wrap(*right)
            for i in range(max(len(lefts), len(rights))):
                yield (lefts[i] if i < len(lefts) else ('', ' '),
                       rights[i] if i < len(rights) else ('', ' '),
                       changed)

    def _cell(self, side, number, text):
        if isinstance(number, int):
            ident = ' id="%s%d"' % (self._prefix[side], number)
            number = '%d' % number
        else:
            ident = ''
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (ident, number, _escape_cell(text)))

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """Return an HTML table comparing fromlines with tolines.  With
        context true only changes and numlines lines around them are shown;
        numlines also sets how far ahead of a change its anchor sits."""
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = serial + 1
        self._prefix = ['from%d_' % serial, 'to%d_' % serial]
        anchor = self._prefix[1]

        rows = _side_by_side(self._untab(fromlines), self._untab(tolines),
                             numlines if context else None,
                             self._linejunk, self._charjunk)
        if self._wrap_at:
            rows = self._wrapped(rows)

        lefts, rights, flags = [], [], []
        for left, right, changed in rows:
            flags.append(changed)
            if changed is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._cell(0, *left))
                rights.append(self._cell(1, *right))

        ids = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        last = 0
        inside = False
        for i, changed in enumerate(flags):
            if not changed:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = i
            ids[max(0, i - numlines)] = (' id="difflib_chg_%s_%d"'
                                         % (anchor, changes))
            changes += 1
            links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (anchor, changes)
        if not flags:
            note = 'No Differences Found' if context else 'Empty File'
            lefts = rights = ['<td></td><td>&nbsp;%s&nbsp;</td>' % note]
            flags, ids, links, last = [False], [''], [''], 0
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % anchor
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % anchor

        body = []
        for i, changed in enumerate(flags):
            if changed is None:
                if i > 0:
                    body.append('        </tbody>        \n        <tbody>\n')
                continue
            body.append('            <tr><td class="diff_next"%s>%s</td>%s'
                        '<td class="diff_next">%s</td>%s</tr>\n'
                        % (ids[i], links[i], lefts[i], links[i], rights[i]))

        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '</tr></thead>' % (fromdesc, todesc))
        else:
            header = ''
        table = self._table_template % {'data_rows': ''.join(body),
                                        'header_row': header,
                                        'prefix': anchor}
        for code, html in (('\0+', '<span class="diff_add">'),
                           ('\0-', '<span class="diff_sub">'),
                           ('\0^', '<span class="diff_chg">'),
                           ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(code, html)
        return table
