//! A comparison-exact reimplementation of the list sorting algorithm used by
//! CPython 3.12 (timsort with the powersort merge policy).
//!
//! The sort works on a slice of `usize` handles; the caller supplies the
//! strict "less than" predicate.  Because Python programs can observe every
//! comparison (side effects, inconsistent `__lt__`, NaN keys), this module
//! asks exactly the same questions, in exactly the same order, as CPython
//! 3.12 does, and arrives at the same final arrangement even when the answers
//! are not a consistent ordering.
//!
//! Nothing here panics or indexes out of bounds, whatever the predicate
//! answers.  When the predicate fails, the sort stops immediately and the
//! slice is left holding a permutation of its original contents.

/// Galloping mode is entered once one run has won this many times in a row;
/// it is also the starting value of the adaptive threshold.
const GALLOP_THRESHOLD: usize = 7;

/// One pending run on the merge stack.
#[derive(Clone, Copy, Debug)]
struct Run {
    /// Index of the first element of the run in the slice being sorted.
    start: usize,
    /// Number of elements in the run.
    len: usize,
    /// Powersort "power" of the boundary between this run and the run just
    /// below it on the stack (meaningless for the bottom run).
    power: u32,
}

/// Everything the sort needs while it runs: the data, the predicate, the
/// scratch buffer used by merges, the adaptive gallop threshold and the stack
/// of runs still waiting to be merged.
struct Sorter<'a, E> {
    v: &'a mut [usize],
    less: &'a mut dyn FnMut(usize, usize) -> Result<bool, E>,
    scratch: Vec<usize>,
    min_gallop: usize,
    runs: Vec<Run>,
}

/// Sorts `v` in place, stably, exactly as CPython 3.12's list.sort orders its comparisons.
/// `less(a, b)` is Python's `a < b` on the items (here, indices into the caller's key array);
/// it returns Err to abort the sort (an exception in `__lt__`): then sort returns that Err at
/// once and `v` must still hold a permutation of its original items (no item lost or
/// duplicated), in any order.
pub fn timsort<E>(
    v: &mut [usize],
    less: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let total = v.len();
    if total < 2 {
        return Ok(());
    }
    let mut sorter = Sorter {
        v,
        less,
        scratch: Vec::new(),
        min_gallop: GALLOP_THRESHOLD,
        runs: Vec::new(),
    };
    sorter.sort_all()
}

/// Chooses the minimum run length for a slice of `n` elements: the top six
/// bits of `n`, plus one if any of the discarded low bits were set.  This
/// makes `n / minrun` equal to, or just under, a power of two.
fn min_run_length(mut n: usize) -> usize {
    let mut any_dropped = 0;
    while n >= 64 {
        any_dropped |= n & 1;
        n >>= 1;
    }
    n + any_dropped
}

/// Computes the powersort power of the boundary between two adjacent runs,
/// the first starting at `start1` with `len1` elements and the second
/// directly after it with `len2` elements, within a slice of `total`
/// elements.  The power is the position of the first bit at which the binary
/// fractions (midpoint of run 1) / total and (midpoint of run 2) / total
/// differ.  Doubled midpoints are used so that everything stays integral.
fn boundary_power(start1: usize, len1: usize, len2: usize, total: usize) -> u32 {
    let mut mid1 = 2 * start1 + len1;
    let mut mid2 = mid1 + len1 + len2;
    let mut power = 0;
    loop {
        power += 1;
        if mid1 >= total {
            // Both fractions have a 1 in this bit position.
            mid1 -= total;
            mid2 -= total;
        } else if mid2 >= total {
            // First fraction has a 0 here and the second a 1: they differ.
            return power;
        }
        // Otherwise both have a 0 here; move on to the next bit.
        mid1 <<= 1;
        mid2 <<= 1;
    }
}

/// Finds where `key` belongs in the ascending `run`, to the left of any
/// elements equal to it: returns `k` with `run[k-1] < key <= run[k]`.
/// The search gallops outward from `hint` (offsets 1, 3, 7, 15, ...) to
/// bracket the answer, then finishes with a binary search.  With an
/// inconsistent predicate the result is still some value in `0..=run.len()`.
fn gallop_left<E>(
    key: usize,
    run: &[usize],
    hint: usize,
    less: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = run.len();
    // Answer lies in lo..=hi once galloping is done.
    let (mut lo, mut hi);
    let mut prev = 0;
    let mut step = 1;
    if less(run[hint], key)? {
        // The answer is to the right of hint: probe hint+1, hint+3, ...
        let limit = n - hint;
        while step < limit {
            if less(run[hint + step], key)? {
                prev = step;
                step = 2 * step + 1;
            } else {
                break;
            }
        }
        step = step.min(limit);
        lo = hint + prev + 1;
        hi = hint + step;
    } else {
        // The answer is at or to the left of hint: probe hint-1, hint-3, ...
        let limit = hint + 1;
        while step < limit {
            if less(run[hint - step], key)? {
                break;
            }
            prev = step;
            step = 2 * step + 1;
        }
        step = step.min(limit);
        lo = hint + 1 - step;
        hi = hint - prev;
    }
    // Binary search, knowing run[lo-1] < key <= run[hi].
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if less(run[mid], key)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

/// Finds where `key` belongs in the ascending `run`, to the right of any
/// elements equal to it: returns `k` with `run[k-1] <= key < run[k]`.
/// Mirror image of [`gallop_left`]: same outward galloping from `hint`,
/// same final binary search, but asking `key < run[i]` instead.
fn gallop_right<E>(
    key: usize,
    run: &[usize],
    hint: usize,
    less: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = run.len();
    let (mut lo, mut hi);
    let mut prev = 0;
    let mut step = 1;
    if less(key, run[hint])? {
        // The answer is at or to the left of hint.
        let limit = hint + 1;
        while step < limit {
            if less(key, run[hint - step])? {
                prev = step;
                step = 2 * step + 1;
            } else {
                break;
            }
        }
        step = step.min(limit);
        lo = hint + 1 - step;
        hi = hint - prev;
    } else {
        // The answer is to the right of hint.
        let limit = n - hint;
        while step < limit {
            if less(key, run[hint + step])? {
                break;
            }
            prev = step;
            step = 2 * step + 1;
        }
        step = step.min(limit);
        lo = hint + prev + 1;
        hi = hint + step;
    }
    // Binary search, knowing run[lo-1] <= key < run[hi].
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if less(key, run[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(hi)
}

/// How the element-by-element / galloping loop of a merge finished without
/// an error.
enum MergeEnd {
    /// One side is used up; whatever is left in the scratch buffer just has
    /// to be copied into the remaining gap.
    Drained,
    /// Only one element is left on the side held in the scratch buffer, and
    /// it goes at the far end of everything still unmerged.
    LastOne,
}

impl<E> Sorter<'_, E> {
    /// Main driver: splits the slice into natural runs (boosted to the
    /// minimum run length), merges according to the powersort policy as each
    /// run is found, and finally merges everything that is left.
    fn sort_all(&mut self) -> Result<(), E> {
        let total = self.v.len();
        let minrun = min_run_length(total);
        let mut pos = 0;
        while pos < total {
            let remaining = total - pos;
            let (mut len, descending) = self.natural_run(pos)?;
            if descending {
                self.v[pos..pos + len].reverse();
            }
            if len < minrun {
                let wanted = remaining.min(minrun);
                self.insertion_sort(pos, pos + wanted, pos + len)?;
                len = wanted;
            }
            self.add_run(pos, len)?;
            pos += len;
        }
        self.merge_remaining()
    }

    /// Measures the run that begins at `start`: either the longest
    /// non-descending prefix or the longest strictly descending prefix of
    /// `v[start..]`.  Returns its length and whether it is descending.
    fn natural_run(&mut self, start: usize) -> Result<(usize, bool), E> {
        let end = self.v.len();
        if start + 1 >= end {
            return Ok((end - start, false));
        }
        let mut i = start + 1;
        let descending = (self.less)(self.v[i], self.v[i - 1])?;
        i += 1;
        while i < end {
            // A descending run continues while each element is smaller than
            // the previous one; an ascending run stops at the first drop.
            if (self.less)(self.v[i], self.v[i - 1])? != descending {
                break;
            }
            i += 1;
        }
        Ok((i - start, descending))
    }

    /// Binary insertion sort of `v[lo..hi]`, where `v[lo..sorted_end]` is
    /// already in order.  Each new element is placed after every element it
    /// is not less than (which keeps the sort stable).  On error the element
    /// being placed has not moved yet, so nothing is lost.
    fn insertion_sort(&mut self, lo: usize, hi: usize, sorted_end: usize) -> Result<(), E> {
        let first = sorted_end.max(lo + 1);
        for next in first..hi {
            let item = self.v[next];
            let mut left = lo;
            let mut right = next;
            // item is >= everything in v[lo..left] and < everything in
            // v[right..next].
            while left < right {
                let mid = left + (right - left) / 2;
                if (self.less)(item, self.v[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.v[left..=next].rotate_right(1);
        }
        Ok(())
    }

    /// Pushes the freshly found run `v[start..start+len]` onto the stack,
    /// first merging the top of the stack for as long as the boundary below
    /// the top run has a larger power than the new boundary.
    fn add_run(&mut self, start: usize, len: usize) -> Result<(), E> {
        let mut power = 0;
        if let Some(top) = self.runs.last() {
            power = boundary_power(top.start, top.len, len, self.v.len());
            while self.runs.len() > 1 && self.runs[self.runs.len() - 1].power > power {
                self.merge_pair(self.runs.len() - 2)?;
            }
        }
        self.runs.push(Run { start, len, power });
        Ok(())
    }

    /// Once every run has been found, merges the stack down to a single run.
    /// Usually the top two runs are merged, but the two below the top are
    /// merged instead when the third-from-top run is shorter than the top.
    fn merge_remaining(&mut self) -> Result<(), E> {
        while self.runs.len() > 1 {
            let mut at = self.runs.len() - 2;
            if at > 0 && self.runs[at - 1].len < self.runs[at + 1].len {
                at -= 1;
            }
            self.merge_pair(at)?;
        }
        Ok(())
    }

    /// Merges stack entries `at` and `at + 1` (adjacent in the slice) into
    /// one.  Elements of the first run that are already no greater than the
    /// second run's first element, and elements of the second run that are
    /// already no less than the first run's last element, are skipped with
    /// two initial gallops; what is left is merged with the shorter side
    /// copied out to the scratch buffer.
    fn merge_pair(&mut self, at: usize) -> Result<(), E> {
        let first = self.runs[at];
        let second = self.runs[at + 1];
        self.runs[at].len += second.len;
        self.runs.remove(at + 1);

        let mut a_start = first.start;
        let mut a_len = first.len;
        let b_start = second.start;
        let b_len = second.len;

        // Leading elements of A that are <= B's first element stay put.
        let skip = gallop_right(
            self.v[b_start],
            &self.v[a_start..a_start + a_len],
            0,
            &mut *self.less,
        )?;
        a_start += skip;
        a_len -= skip;
        if a_len == 0 {
            return Ok(());
        }

        // Trailing elements of B that are >= A's last element stay put.
        let b_keep = gallop_left(
            self.v[a_start + a_len - 1],
            &self.v[b_start..b_start + b_len],
            b_len - 1,
            &mut *self.less,
        )?;
        if b_keep == 0 {
            return Ok(());
        }

        if a_len <= b_keep {
            self.merge_low(a_start, a_len, b_keep)
        } else {
            self.merge_high(a_start, a_len, b_keep)
        }
    }

    /// Merges `v[base..base+a_len]` (run A) with the run B of `b_len`
    /// elements that follows it, front to back, with A (the shorter run)
    /// moved to the scratch buffer.  Requires A's first element to belong
    /// after B's first element and A's last element to belong at the very
    /// end, as established by `merge_pair`.
    fn merge_low(&mut self, base: usize, a_len: usize, b_len: usize) -> Result<(), E> {
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.v[base..base + a_len]);
        // Cursors: next unmerged A element is scratch[a], next unmerged B
        // element is v[b], next output slot is v[out].  Always out + na == b,
        // so the not-yet-merged A elements fit exactly in the gap.
        let mut cur = LowCursor {
            a: 0,
            na: a_len,
            b: base + a_len,
            nb: b_len,
            out: base,
        };
        let outcome = self.merge_low_loop(&mut cur);
        let LowCursor { a, na, b, nb, out } = cur;
        match outcome {
            Ok(MergeEnd::LastOne) => {
                // The lone A element goes after all remaining B elements.
                self.v.copy_within(b..b + nb, out);
                self.v[out + nb] = self.scratch[a];
                Ok(())
            }
            Ok(MergeEnd::Drained) | Err(_) => {
                // Put back whatever is left of A, filling the gap exactly.
                self.v[out..out + na].copy_from_slice(&self.scratch[a..a + na]);
                outcome.map(|_| ())
            }
        }
    }

    /// The comparison-driven body of [`Sorter::merge_low`]: alternates
    /// between one-at-a-time merging and galloping, adapting the gallop
    /// threshold, and stops when a side runs out, when A is down to its last
    /// element, or when the predicate fails.
    fn merge_low_loop(&mut self, c: &mut LowCursor) -> Result<MergeEnd, E> {
        let v = &mut *self.v;
        let tmp = &self.scratch;
        let less = &mut *self.less;

        // B's first element is known to come first.
        v[c.out] = v[c.b];
        c.out += 1;
        c.b += 1;
        c.nb -= 1;
        if c.nb == 0 {
            return Ok(MergeEnd::Drained);
        }
        if c.na == 1 {
            return Ok(MergeEnd::LastOne);
        }

        loop {
            // One element at a time, counting consecutive wins per side.
            let mut a_wins = 0;
            let mut b_wins = 0;
            loop {
                if less(v[c.b], tmp[c.a])? {
                    v[c.out] = v[c.b];
                    c.out += 1;
                    c.b += 1;
                    c.nb -= 1;
                    b_wins += 1;
                    a_wins = 0;
                    if c.nb == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                    if b_wins >= self.min_gallop {
                        break;
                    }
                } else {
                    v[c.out] = tmp[c.a];
                    c.out += 1;
                    c.a += 1;
                    c.na -= 1;
                    a_wins += 1;
                    b_wins = 0;
                    if c.na == 1 {
                        return Ok(MergeEnd::LastOne);
                    }
                    if a_wins >= self.min_gallop {
                        break;
                    }
                }
            }

            // Galloping: find whole stretches at once, for as long as the
            // stretches stay long enough to pay off.
            self.min_gallop += 1;
            loop {
                if self.min_gallop > 1 {
                    self.min_gallop -= 1;
                }

                // How many A elements come before B's next element?
                let k = gallop_right(v[c.b], &tmp[c.a..c.a + c.na], 0, less)?;
                a_wins = k;
                if k > 0 {
                    v[c.out..c.out + k].copy_from_slice(&tmp[c.a..c.a + k]);
                    c.out += k;
                    c.a += k;
                    c.na -= k;
                    if c.na == 1 {
                        return Ok(MergeEnd::LastOne);
                    }
                    // Only an inconsistent predicate can empty A here.
                    if c.na == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                }
                v[c.out] = v[c.b];
                c.out += 1;
                c.b += 1;
                c.nb -= 1;
                if c.nb == 0 {
                    return Ok(MergeEnd::Drained);
                }

                // How many B elements come before A's next element?
                let k = gallop_left(tmp[c.a], &v[c.b..c.b + c.nb], 0, less)?;
                b_wins = k;
                if k > 0 {
                    v.copy_within(c.b..c.b + k, c.out);
                    c.out += k;
                    c.b += k;
                    c.nb -= k;
                    if c.nb == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                }
                v[c.out] = tmp[c.a];
                c.out += 1;
                c.a += 1;
                c.na -= 1;
                if c.na == 1 {
                    return Ok(MergeEnd::LastOne);
                }

                if a_wins < GALLOP_THRESHOLD && b_wins < GALLOP_THRESHOLD {
                    break;
                }
            }
            // Leaving gallop mode makes it a little harder to re-enter.
            self.min_gallop += 1;
        }
    }

    /// Merges run A `v[a_start..a_start+a_len]` with the run B of `b_len`
    /// elements that follows it, back to front, with B (the shorter run)
    /// moved to the scratch buffer.  Requires B's last element to belong
    /// before A's last element and A's first element to belong at the very
    /// front, as established by `merge_pair`.
    fn merge_high(&mut self, a_start: usize, a_len: usize, b_len: usize) -> Result<(), E> {
        let b_start = a_start + a_len;
        self.scratch.clear();
        self.scratch
            .extend_from_slice(&self.v[b_start..b_start + b_len]);
        // Unmerged A is v[a_start..a_start+na] and unmerged B is
        // scratch[..nb].  Output is written from the right end downward, so
        // the next slot to fill is always v[a_start + na + nb - 1] and the
        // unfilled gap v[a_start+na..a_start+na+nb] always fits B exactly.
        let mut cur = HighCursor {
            base: a_start,
            na: a_len,
            nb: b_len,
        };
        let outcome = self.merge_high_loop(&mut cur);
        let HighCursor { base, na, nb } = cur;
        match outcome {
            Ok(MergeEnd::LastOne) => {
                // The lone B element goes before all remaining A elements.
                self.v.copy_within(base..base + na, base + 1);
                self.v[base] = self.scratch[0];
                Ok(())
            }
            Ok(MergeEnd::Drained) | Err(_) => {
                // Put back whatever is left of B, filling the gap exactly.
                self.v[base + na..base + na + nb].copy_from_slice(&self.scratch[..nb]);
                outcome.map(|_| ())
            }
        }
    }

    /// The comparison-driven body of [`Sorter::merge_high`], the mirror
    /// image of [`Sorter::merge_low_loop`] working from the right-hand ends.
    fn merge_high_loop(&mut self, c: &mut HighCursor) -> Result<MergeEnd, E> {
        let v = &mut *self.v;
        let tmp = &self.scratch;
        let less = &mut *self.less;
        let base = c.base;

        // A's last element is known to come last.
        v[base + c.na + c.nb - 1] = v[base + c.na - 1];
        c.na -= 1;
        if c.na == 0 {
            return Ok(MergeEnd::Drained);
        }
        if c.nb == 1 {
            return Ok(MergeEnd::LastOne);
        }

        loop {
            let mut a_wins = 0;
            let mut b_wins = 0;
            loop {
                // The output slot is always the last one of the gap.
                let out = base + c.na + c.nb - 1;
                if less(tmp[c.nb - 1], v[base + c.na - 1])? {
                    v[out] = v[base + c.na - 1];
                    c.na -= 1;
                    a_wins += 1;
                    b_wins = 0;
                    if c.na == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                    if a_wins >= self.min_gallop {
                        break;
                    }
                } else {
                    v[out] = tmp[c.nb - 1];
                    c.nb -= 1;
                    b_wins += 1;
                    a_wins = 0;
                    if c.nb == 1 {
                        return Ok(MergeEnd::LastOne);
                    }
                    if b_wins >= self.min_gallop {
                        break;
                    }
                }
            }

            self.min_gallop += 1;
            loop {
                if self.min_gallop > 1 {
                    self.min_gallop -= 1;
                }

                // How many trailing A elements come after B's last element?
                let key = tmp[c.nb - 1];
                let pos = gallop_right(key, &v[base..base + c.na], c.na - 1, less)?;
                let k = c.na - pos;
                a_wins = k;
                if k > 0 {
                    // Shift those A elements up to the top of the gap.
                    v.copy_within(base + pos..base + c.na, base + pos + c.nb);
                    c.na -= k;
                    if c.na == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                }
                v[base + c.na + c.nb - 1] = tmp[c.nb - 1];
                c.nb -= 1;
                if c.nb == 1 {
                    return Ok(MergeEnd::LastOne);
                }

                // How many trailing B elements come after A's last element?
                let key = v[base + c.na - 1];
                let pos = gallop_left(key, &tmp[..c.nb], c.nb - 1, less)?;
                let k = c.nb - pos;
                b_wins = k;
                if k > 0 {
                    let dst = base + c.na + pos;
                    v[dst..dst + k].copy_from_slice(&tmp[pos..c.nb]);
                    c.nb -= k;
                    if c.nb == 1 {
                        return Ok(MergeEnd::LastOne);
                    }
                    // Only an inconsistent predicate can empty B here.
                    if c.nb == 0 {
                        return Ok(MergeEnd::Drained);
                    }
                }
                v[base + c.na + c.nb - 1] = v[base + c.na - 1];
                c.na -= 1;
                if c.na == 0 {
                    return Ok(MergeEnd::Drained);
                }

                if a_wins < GALLOP_THRESHOLD && b_wins < GALLOP_THRESHOLD {
                    break;
                }
            }
            self.min_gallop += 1;
        }
    }
}

/// Positions of a front-to-back merge in progress (see `merge_low`).
struct LowCursor {
    /// Next unmerged element of A, as an index into the scratch buffer.
    a: usize,
    /// Number of unmerged A elements.
    na: usize,
    /// Next unmerged element of B, as an index into the slice.
    b: usize,
    /// Number of unmerged B elements.
    nb: usize,
    /// Next output slot in the slice.
    out: usize,
}

/// Positions of a back-to-front merge in progress (see `merge_high`).
struct HighCursor {
    /// Index of A's first element in the slice (fixed).
    base: usize,
    /// Number of unmerged A elements, `v[base..base+na]`.
    na: usize,
    /// Number of unmerged B elements, `scratch[..nb]`.
    nb: usize,
}
