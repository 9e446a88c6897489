//! Containers: list, tuple, dict, set/frozenset, range and slice objects.

mod common;
use common::{check_errors, check_program, check_reprs};

/// append/extend/insert/pop/remove/clear/reverse/copy and in-place operators.
#[test]
fn list_mutating_methods() {
    check_program(
        "
out = []
a = [3, 1, 2]
a.append(4); out.append(a[:])
a.extend((5, 6)); out.append(a[:])
a.extend(x for x in 'ab'); out.append(a[:])
a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7); a.insert(-100, -1); out.append(a[:])
out.append(a.pop()); out.append(a.pop(0)); out.append(a.pop(-2)); out.append(a[:])
a.remove('a'); out.append(a[:])
a.reverse(); out.append(a[:])
b = a.copy(); b.clear(); out.append((a[:3], b))
c = [1, 2]; alias = c; c += 'xy'; out.append(alias)
c *= 2; out.append(alias)
c = [1]; c.extend(c); out.append(c)
d = [0] * 3; d[1] = 5; out.append(d)
g = [[]] * 2; g[0].append(1); out.append(g)
h = [1, 2, 3]; h[-1] = 'z'; out.append(h)
out.append([1, 2, 3, 2].index(2, 2))
out.append([1, 2, 1, 1].count(1))
",
        "
[3, 1, 2, 4]
[3, 1, 2, 4, 5, 6]
[3, 1, 2, 4, 5, 6, 'a', 'b']
[-1, 0, 3, 1, 2, 4, 5, 6, 'a', 9, 'b', 7]
7
-1
9
[0, 3, 1, 2, 4, 5, 6, 'a', 'b']
[0, 3, 1, 2, 4, 5, 6, 'b']
['b', 6, 5, 4, 2, 1, 3, 0]
(['b', 6, 5], [])
[1, 2, 'x', 'y', 1, 2, 'x', 'y']
[1, 2, 'x', 'y', 1, 2, 'x', 'y']
[1, 1]
[0, 5, 0]
[[1], [1]]
[1, 2, 'z']
3
3
",
    );
}

/// Slicing, concatenation, repetition, comparisons and built-ins on lists.
#[test]
fn list_expressions() {
    check_reprs(
        "",
        &[
            ("[1, 2, 3][::-1]", "[3, 2, 1]"),
            ("[1, 2, 3] + [4]", "[1, 2, 3, 4]"),
            ("[0] * 3", "[0, 0, 0]"),
            ("[1, 2] * -1", "[]"),
            ("list('abc')", "['a', 'b', 'c']"),
            ("list(range(5))[1:4]", "[1, 2, 3]"),
            ("[1, 2, 3][-100:100]", "[1, 2, 3]"),
            ("[1, 2, 3, 4, 5][::-2]", "[5, 3, 1]"),
            ("[1, 2, 3, 4, 5][4:0:-2]", "[5, 3]"),
            ("[1, 2, 3][5:]", "[]"),
            ("[1, 2, 3][1:-1]", "[2]"),
            ("[1, [2, 3]] == [1, [2, 3]]", "True"),
            ("[1, 2] < [1, 2, 0]", "True"),
            ("[1, 2] < [1, 3]", "True"),
            ("[2] > [1, 9]", "True"),
            ("[] < [0]", "True"),
            ("[1, 2] == (1, 2)", "False"),
            ("[float('nan')] == [float('nan')]", "False"),
            ("[1, 'a'] == [1, 'a']", "True"),
            ("[1, 2] != [1, 2]", "False"),
            ("[[1]] < [[1, 0]]", "True"),
            ("[1, 2] >= [1, 2]", "True"),
            ("min([3, 1, 2])", "1"),
            ("max([3, 1, 2])", "3"),
            ("sum([[1], [2]], [])", "[1, 2]"),
            ("list(reversed([1, 2, 3]))", "[3, 2, 1]"),
            ("[x * 2 for x in range(4) if x]", "[2, 4, 6]"),
            ("[1, 2, 3].index(1, -3, -1)", "0"),
            ("len([[], []])", "2"),
            ("[1] * 0", "[]"),
            ("list(enumerate('ab', 1))", "[(1, 'a'), (2, 'b')]"),
            (
                r#"list(zip([1, 2], "ab", (True, None)))"#,
                "[(1, 'a', True), (2, 'b', None)]",
            ),
            (r#"[*range(2), *"ab"]"#, "[0, 1, 'a', 'b']"),
            ("[1, 2, 3][True]", "2"),
            ("bool([])", "False"),
            ("[] == []", "True"),
            ("[None] * 2", "[None, None]"),
            ("[1, 2, 3][-3]", "1"),
            ("any([0, [], 2])", "True"),
            ("all([])", "True"),
            (r#"list(map(len, ["a", "bb"]))"#, "[1, 2]"),
            (r#"list(filter(None, [0, 1, "", "a"]))"#, "[1, 'a']"),
            ("[1, 2] + list((3,))", "[1, 2, 3]"),
            ("[1, 2, 3][slice(None, None, -2)]", "[3, 1]"),
        ],
    );
}

/// Index, value and type errors from list operations.
#[test]
fn list_errors() {
    check_errors(&[
        ("[1, 2].index(3)", "ValueError: 3 is not in list"),
        ("[].pop()", "IndexError: pop from empty list"),
        ("[1].pop(5)", "IndexError: pop index out of range"),
        ("[1].remove(2)", "ValueError: list.remove(x): x not in list"),
        ("[1, 2][2]", "IndexError: list index out of range"),
        (
            "a = [1]
a[1] = 2",
            "IndexError: list assignment index out of range",
        ),
        (
            "[1] + (2,)",
            r#"TypeError: can only concatenate list (not "tuple") to list"#,
        ),
        (
            "[1, 'a'].sort()",
            "TypeError: '<' not supported between instances of 'str' and 'int'",
        ),
        (
            "sorted([1, None])",
            "TypeError: '<' not supported between instances of 'NoneType' and 'int'",
        ),
        (
            "[1] < ['a']",
            "TypeError: '<' not supported between instances of 'int' and 'str'",
        ),
        (
            "a = [1, 2, 3]
a[::2] = [1]",
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
        ),
        (
            "[].sort(1)",
            "TypeError: sort() takes no positional arguments",
        ),
        (
            "sorted([3, 1], key=1)",
            "TypeError: 'int' object is not callable",
        ),
        (
            "a = [3, 1, 2]
def k(x):
    a.append(x)
    return x
a.sort(key=k)",
            "ValueError: list modified during sort",
        ),
        (
            "a = [1, 2, 3]
a[1:2] = 5",
            "TypeError: can only assign an iterable",
        ),
        (
            "a = [1]
del a[3]",
            "IndexError: list assignment index out of range",
        ),
        (
            "[1, 2, 3]['a']",
            "TypeError: list indices must be integers or slices, not str",
        ),
        ("list(1)", "TypeError: 'int' object is not iterable"),
        ("[1, 2].index(1, 1)", "ValueError: 1 is not in list"),
        (
            "[1] * [2]",
            "TypeError: can't multiply sequence by non-int of type 'list'",
        ),
        (
            "a = [1, 2]
a[0:1:0] = []",
            "ValueError: slice step cannot be zero",
        ),
        ("hash([])", "TypeError: unhashable type: 'list'"),
    ]);
}

/// Slice assignment (plain and extended, growing and shrinking) and del of slices.
#[test]
fn slice_assignment_and_deletion() {
    check_program(
        "
out = []
a = list(range(10)); a[2:5] = ['x']; out.append(a)
a = list(range(10)); a[::2] = 'abcde'; out.append(a)
a = list(range(10)); a[::-3] = [0, 0, 0, 0]; out.append(a)
a = list(range(5)); a[1:1] = [9, 9]; out.append(a)
a = list(range(5)); a[:] = []; out.append(a)
a = list(range(5)); a[3:1] = ['y']; out.append(a)
a = list(range(5)); a[-2:] = range(3); out.append(a)
a = list(range(5)); a[1:4] = a; out.append(a)
a = list(range(5)); a[10:] = [1]; out.append(a)
a = list(range(5)); a[-10:1] = ['s']; out.append(a)
a = list(range(5)); a[::-1] = a[:]; out.append(a)
a = list(range(5)); a[1::2] = (x * 10 for x in range(2)); out.append(a)
a = list(range(10)); del a[::3]; out.append(a)
a = list(range(10)); del a[-2:]; out.append(a)
a = list(range(10)); del a[8:2:-2]; out.append(a)
a = list(range(10)); del a[:]; out.append(a)
a = list(range(10)); del a[5:100]; out.append(a)
a = list(range(10)); del a[::-1]; out.append(a)
a = list(range(6)); del a[1], a[-1]; out.append(a)
a = list(range(6)); a[2:4] = [[]]; out.append(a)
",
        "
[0, 1, 'x', 5, 6, 7, 8, 9]
['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]
[0, 1, 2, 0, 4, 5, 0, 7, 8, 0]
[0, 9, 9, 1, 2, 3, 4]
[]
[0, 1, 2, 'y', 3, 4]
[0, 1, 2, 0, 1, 2]
[0, 0, 1, 2, 3, 4, 4]
[0, 1, 2, 3, 4, 1]
['s', 1, 2, 3, 4]
[4, 3, 2, 1, 0]
[0, 0, 2, 10, 4]
[1, 2, 4, 5, 7, 8]
[0, 1, 2, 3, 4, 5, 6, 7]
[0, 1, 2, 3, 5, 7, 9]
[]
[0, 1, 2, 3, 4]
[]
[0, 2, 3, 4]
[0, 1, [], 4, 5]
",
    );
}

/// sort/sorted are stable, also with key and reverse=True.
#[test]
fn sort_stability_key_reverse() {
    check_program(
        "
out = []
data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
out.append(sorted(data, key=lambda p: p[1]))
out.append(sorted(data, key=lambda p: p[1], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len); out.append(words[:])
words.sort(key=len, reverse=True); out.append(words[:])
out.append(sorted([3, 1, 2], key=None))
out.append(sorted('hello'))
out.append(sorted({3: 'a', 1: 'b'}))
nums = [5, -3, 2, -2, 3, -5]
out.append(sorted(nums, key=abs))
out.append(sorted(nums, key=abs, reverse=True))
out.append(sorted([1.5, 1, True, 0, False, 1.0]))
out.append(sorted([1.5, 1, True, 0, False, 1.0], reverse=True))
out.append(sorted([[2], [1, 5], [1]]))
out.append(sorted(range(20), key=lambda x: x % 3))
out.append(sorted(['b', 'B', 'a', 'A'], key=str.lower))
calls = []
def key(x):
    calls.append(x)
    return -x
out.append((sorted([1, 2, 3], key=key), calls))
big = list(range(100, 0, -1)) * 2
out.append(sorted(big)[:5] + sorted(big)[-3:])
out.append(sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
a = [3, 1, 2]; out.append((a.sort(), a))
out.append(sorted([], reverse=True))
out.append(sorted([0.5, -1, 2**64, -2**70, 3]))
",
        "
[('c', 1), ('d', 1), ('b', 2), ('a', 2), ('e', 3)]
[('e', 3), ('b', 2), ('a', 2), ('c', 1), ('d', 1)]
['a', 'e', 'bb', 'dd', 'ccc']
['ccc', 'bb', 'dd', 'a', 'e']
[1, 2, 3]
['e', 'h', 'l', 'l', 'o']
[1, 3]
[2, -2, -3, 3, 5, -5]
[5, -5, -3, 3, 2, -2]
[0, False, 1, True, 1.0, 1.5]
[1.5, 1, True, 1.0, 0, False]
[[1], [1, 5], [2]]
[0, 3, 6, 9, 12, 15, 18, 1, 4, 7, 10, 13, 16, 19, 2, 5, 8, 11, 14, 17]
['a', 'A', 'b', 'B']
([3, 2, 1], [1, 2, 3])
[1, 1, 2, 2, 3, 99, 100, 100]
[(0, 'z'), (1, 'a'), (1, 'b')]
(None, [1, 2, 3])
[]
[-1180591620717411303424, -1, 0.5, 3, 18446744073709551616]
",
    );
}

/// Self-containing lists and dicts print with an ellipsis.
#[test]
fn recursive_repr() {
    check_reprs(
        "a = []
a.append(a)
d = {}
d['self'] = d
l = [1]
l.append({'k': l})
",
        &[
            ("a", "[[...]]"),
            ("str(a)", "'[[...]]'"),
            ("[a]", "[[[...]]]"),
            ("d", "{'self': {...}}"),
            ("l", "[1, {'k': [...]}]"),
            ("repr([a, a])", "'[[[...]], [[...]]]'"),
        ],
    );
}

/// Tuple hashing, comparison, concatenation and methods.
#[test]
fn tuple_behaviour() {
    check_reprs(
        "",
        &[
            ("hash((1, 2)) == hash((1, 2))", "True"),
            ("hash((1, 2))", "-3550055125485641917"),
            ("hash(())", "5740354900026072187"),
            ("hash((1,))", "-6644214454873602895"),
            ("hash((1, 'a')) == hash((1.0, 'a'))", "True"),
            ("hash(((1, 2), (3,)))", "-8303551883679707139"),
            ("hash((-1,))", "8078679518589016365"),
            ("hash((2 ** 64, 0.5))", "-8179972364609591282"),
            ("(1, 2) < (1, 3)", "True"),
            ("(1, 2) < (1, 2, 0)", "True"),
            ("() < (0,)", "True"),
            ("(1, 'a') == (1, 'a')", "True"),
            ("(1,) + (2,)", "(1, 2)"),
            ("(1, 2) * 2", "(1, 2, 1, 2)"),
            ("(1, 2, 3)[::-1]", "(3, 2, 1)"),
            ("(1, 2, 3).index(3)", "2"),
            ("(1, 1).count(1)", "2"),
            ("tuple('ab')", "('a', 'b')"),
            ("(1,)", "(1,)"),
            ("()", "()"),
            ("((1,),)", "((1,),)"),
            ("tuple([1, [2]])", "(1, [2])"),
            ("(1, 2) == [1, 2]", "False"),
            ("(1, 2)[-1]", "2"),
            ("(0,) * 3", "(0, 0, 0)"),
            ("tuple()", "()"),
            ("(1, (2, 3))[1][0]", "2"),
            ("len((1, 2, 3))", "3"),
            ("(3, 2) > (3,)", "True"),
            ("(float('nan'),) == (float('nan'),)", "False"),
            ("type((1, 2)[1:]).__name__", "'tuple'"),
            ("tuple(range(3))", "(0, 1, 2)"),
            ("(1, 2) + ()", "(1, 2)"),
            ("max((1, 2), (1, 3))", "(1, 3)"),
            ("(1, 2, 3)[1:10]", "(2, 3)"),
        ],
    );
}

/// Unhashable contents, bad indices and unpacking mismatches.
#[test]
fn tuple_errors() {
    check_errors(&[
        ("hash((1, [2]))", "TypeError: unhashable type: 'list'"),
        ("(1, 2)[5]", "IndexError: tuple index out of range"),
        (
            "a, b = (1, 2, 3)",
            "ValueError: too many values to unpack (expected 2)",
        ),
        (
            "a, b, c = (1, 2)",
            "ValueError: not enough values to unpack (expected 3, got 2)",
        ),
        (
            "a, b = 1",
            "TypeError: cannot unpack non-iterable int object",
        ),
        (
            "a, *b, c = (1,)",
            "ValueError: not enough values to unpack (expected at least 2, got 1)",
        ),
        (
            "t = (1, 2)
t[0] = 5",
            "TypeError: 'tuple' object does not support item assignment",
        ),
        (
            "(1,) + [2]",
            r#"TypeError: can only concatenate tuple (not "list") to tuple"#,
        ),
        (
            "(1, 2) < (1, 'a')",
            "TypeError: '<' not supported between instances of 'int' and 'str'",
        ),
        (
            "a, b = 'abc'",
            "ValueError: too many values to unpack (expected 2)",
        ),
        (
            "a, b = {'x': 1}",
            "ValueError: not enough values to unpack (expected 2, got 1)",
        ),
        (
            "a, b = iter([1, 2, 3])",
            "ValueError: too many values to unpack (expected 2)",
        ),
        ("{(1, [2]): 3}", "TypeError: unhashable type: 'list'"),
        (
            "(1, 2).index(5)",
            "ValueError: tuple.index(x): x not in tuple",
        ),
        (
            "a, b = None",
            "TypeError: cannot unpack non-iterable NoneType object",
        ),
        (
            "a, (b, c) = 1, (2,)",
            "ValueError: not enough values to unpack (expected 2, got 1)",
        ),
        (
            "t = (1,)
del t[0]",
            "TypeError: 'tuple' object doesn't support item deletion",
        ),
    ]);
}

/// Starred, nested and loop-target unpacking.
#[test]
fn unpacking() {
    check_program(
        "
out = []
a, *b, c = range(5); out.append((a, b, c))
(x, y), z = (1, 2), 3; out.append((x, y, z))
first, *rest = 'abc'; out.append((first, rest))
*init, last = [1]; out.append((init, last))
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    out.append((i, k, v))
a = b = [1]; out.append(a is b)
a, b = b, a; out.append((a, b))
[p, q] = 'xy'; out.append(p + q)
(m, n), = [(7, 8)]; out.append((m, n))
h, *t = {'k': 1, 'j': 2}; out.append((h, t))
out.append([*'ab', *(1, 2), *{3: 4}])
out.append((*range(2),))
d1, d2 = {'a': 0}, {'b': 1}; out.append({**d1, **d2})
",
        "
(0, [1, 2, 3], 4)
(1, 2, 3)
('a', ['b', 'c'])
([], 1)
(0, 'a', 1)
(1, 'b', 2)
True
([1], [1])
'xy'
(7, 8)
('k', ['j'])
['a', 'b', 1, 2, 3]
(0, 1)
{'a': 0, 'b': 1}
",
    );
}

/// Insertion order survives updates, deletions and re-insertions.
#[test]
fn dict_insertion_order() {
    check_program(
        "
out = []
d = {'b': 1, 'a': 2, 'c': 3}
out.append(list(d))
del d['b']; d['b'] = 4; out.append(list(d.items()))
d['a'] = 9; out.append(list(d))
d.update({'z': 0}, y=1); d.update([('x', 2)]); d.update(a=10); out.append(d)
d.update(d); out.append(list(d))
big = {}
for i in range(100):
    big[i] = i
for i in range(0, 100, 2):
    del big[i]
big[0] = 'back'
out.append(list(big)[:3] + list(big)[-2:])
out.append(len(big))
for i in range(1000):
    big['k%d' % i] = i
    del big['k%d' % i]
out.append((len(big), list(big)[:2], list(big)[-1]))
out.append(list(dict.fromkeys([3, 1, 3, 2, 1])))
",
        "
['b', 'a', 'c']
[('a', 2), ('c', 3), ('b', 4)]
['a', 'c', 'b']
{'a': 10, 'c': 3, 'b': 4, 'z': 0, 'y': 1, 'x': 2}
['a', 'c', 'b', 'z', 'y', 'x']
[1, 3, 5, 99, 0]
51
(51, [1, 3], 0)
[3, 1, 2]
",
    );
}

/// get/pop/popitem/setdefault/fromkeys/update forms, | and |=, copy and comprehension.
#[test]
fn dict_methods() {
    check_program(
        "
out = []
d = {'a': 1, 'b': 2, 'c': 3}
out.append(d.popitem()); out.append(d)
out.append(d.pop('zz', 'default')); out.append(d.pop('b')); out.append(d)
out.append(d.setdefault('new', [])); out.append(d.setdefault('a', 0)); out.append(d)
out.append(d.get('missing')); out.append(d.get('missing', 5)); out.append(d.get('a'))
out.append(dict.fromkeys('ab', 0)); out.append(dict.fromkeys([1, 2]))
out.append(dict(zip('ab', range(2)))); out.append(dict([(1, 2)], x=3)); out.append(dict(a=1))
out.append({**{'a': 1}, 'b': 2, **{'a': 3}})
out.append({'a': 1} | {'b': 2}); e = {'a': 1}; e |= {'a': 2, 'c': 3}; out.append(e)
e |= [('z', 26)]; out.append(e)
out.append({k: v for k, v in [(1, 'x'), (1, 'y')]})
out.append(list(reversed({'a': 1, 'b': 2})))
out.append(list(reversed({'a': 1, 'b': 2}.items())))
c = d.copy(); c['a'] = 'changed'; out.append((d['a'], c['a']))
out.append(len({}))
out.append('a' in d and 'zz' not in d)
out.append(dict({1: 2}))
f = {}; f.update(k=1); f.update([['x', 'y']]); out.append(f)
out.append({1: 'a'}.__contains__(1) if False else sorted({'b': 1, 'a': 2}.items()))
g = {'x': 1}; out.append(g.clear()); out.append(g)
",
        "
('c', 3)
{'a': 1, 'new': []}
'default'
2
{'a': 1, 'new': []}
[]
1
{'a': 1, 'new': []}
None
5
1
{'a': 0, 'b': 0}
{1: None, 2: None}
{'a': 0, 'b': 1}
{1: 2, 'x': 3}
{'a': 1}
{'a': 3, 'b': 2}
{'a': 1, 'b': 2}
{'a': 2, 'c': 3, 'z': 26}
{'a': 2, 'c': 3, 'z': 26}
{1: 'y'}
['b', 'a']
[('b', 2), ('a', 1)]
(1, 'changed')
0
True
{1: 2}
{'k': 1, 'x': 'y'}
[('a', 2), ('b', 1)]
None
{}
",
    );
}

/// keys/values/items views: repr, membership, set operations and liveness.
#[test]
fn dict_views() {
    check_reprs("d = {'a': 1, 'b': 2, 'c': 3}
", &[("d.keys()", "dict_keys(['a', 'b', 'c'])"),
("d.values()", "dict_values([1, 2, 3])"),
("d.items()", "dict_items([('a', 1), ('b', 2), ('c', 3)])"),
("d.keys() & {'a', 'x'}", "{'a'}"),
("sorted(d.keys() | {'x'})", "['a', 'b', 'c', 'x']"),
("sorted(d.keys() - {'a'})", "['b', 'c']"),
("sorted(d.keys() ^ {'a', 'z'})", "['b', 'c', 'z']"),
("d.items() & {('a', 1)}", "{('a', 1)}"),
("('a', 1) in d.items()", "True"),
("('a', 2) in d.items()", "False"),
("'a' in d.keys()", "True"),
("1 in d.values()", "True"),
("len(d.items())", "3"),
("list(d.values())", "[1, 2, 3]"),
("{1: 2}.keys() | [3]", "{1, 3}"),
("list(reversed(d.keys()))", "['c', 'b', 'a']"),
("dict(d.items()) == d", "True"),
("d.values() == d.values()", "False"),
("d.keys() - ['a', 'b']", "{'c'}"),
("{1: 'a', 2: 'b'}.keys() & {2, 3}", "{2}"),
("sorted(d.items() - {('a', 1)})", "[('b', 2), ('c', 3)]"),
("{}.keys()", "dict_keys([])"),
("type(d.keys()).__name__", "'dict_keys'"),
("type(d.items()).__name__", "'dict_items'"),
("type(d.values()).__name__", "'dict_values'"),
("{(1, 2): 0}.keys() & {(1, 2)}", "{(1, 2)}"),
("(k := d.keys(), d.update(z=0), list(k), v := d.values(), d.pop('a'), list(v))[2::3]", "(['a', 'b', 'c', 'z'], [2, 3, 0])"),]);
}

/// KeyError reprs, unhashable keys, bad update sequences and mutation during iteration.
#[test]
fn dict_errors() {
    check_errors(&[
        ("{}['x']", "KeyError: 'x'"),
        ("{}[(1, 2)]", "KeyError: (1, 2)"),
        ("{}.popitem()", "KeyError: 'popitem(): dictionary is empty'"),
        ("{}.pop('a')", "KeyError: 'a'"),
        (
            "d = {}
del d[1]",
            "KeyError: 1",
        ),
        ("{}['']", "KeyError: ''"),
        ("{}[None]", "KeyError: None"),
        ("{[1]: 2}", "TypeError: unhashable type: 'list'"),
        ("{}[{}]", "TypeError: unhashable type: 'dict'"),
        (
            "d = {1: 2}
for k in d:
    d[k + 1] = 0",
            "RuntimeError: dictionary changed size during iteration",
        ),
        (
            "d = {1: 2, 3: 4}
for k in d:
    del d[k]",
            "RuntimeError: dictionary changed size during iteration",
        ),
        (
            "d = {1: 2}
for k in d.items():
    d.pop(k[0])",
            "RuntimeError: dictionary changed size during iteration",
        ),
        (
            "dict([1, 2])",
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence",
        ),
        (
            "dict([(1, 2, 3)])",
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required",
        ),
        (
            "{'a': 1} | [1]",
            "TypeError: unsupported operand type(s) for |: 'dict' and 'list'",
        ),
        ("{}[1.5]", "KeyError: 1.5"),
        ("{}[frozenset()]", "KeyError: frozenset()"),
        (r"{}['a\nb']", r"KeyError: 'a\nb'"),
        (
            "d = {1: 2}
for v in d.values():
    d.clear()",
            "RuntimeError: dictionary changed size during iteration",
        ),
        ("dict(1)", "TypeError: 'int' object is not iterable"),
        (
            "dict({'a': 1}, {'b': 2})",
            "TypeError: dict expected at most 1 argument, got 2",
        ),
        (
            "{1: 2}.keys()[0]",
            "TypeError: 'dict_keys' object is not subscriptable",
        ),
    ]);
}

/// KeyError keeps the key in args; str() shows its repr.
#[test]
fn key_error_args() {
    check_program(
        "
out = []
for key in ['x', 42, (1, 2), None, '']:
    try:
        {}[key]
    except KeyError as e:
        out.append((repr(e), str(e), e.args))
try:
    {}.popitem()
except KeyError as e:
    out.append(str(e))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    out.append(str(e))
try:
    raise KeyError()
except KeyError as e:
    out.append((str(e), repr(e)))
",
        r#"
("KeyError('x')", "'x'", ('x',))
('KeyError(42)', '42', (42,))
('KeyError((1, 2))', '(1, 2)', ((1, 2),))
('KeyError(None)', 'None', (None,))
("KeyError('')", "''", ('',))
"'popitem(): dictionary is empty'"
"('a', 'b')"
('', 'KeyError()')
"#,
    );
}

/// Dict equality ignores order; equal numbers (1, 1.0, True) are one key.
#[test]
fn dict_equality_and_numeric_keys() {
    check_reprs(
        "",
        &[
            ("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", "True"),
            ("{1: 'a'} == {1.0: 'a'}", "True"),
            ("{1: [1]} == {1: [1]}", "True"),
            ("{} == {}", "True"),
            ("{'a': 1} != {'a': 2}", "True"),
            ("{'a': 1} == {'a': 1, 'b': None}", "False"),
            ("{'a': 1} == [('a', 1)]", "False"),
            ("{1: 'a', 1.0: 'b', True: 'c'}", "{1: 'c'}"),
            ("{True: 'x', 1: 'y'}", "{True: 'y'}"),
            ("{0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}", "{0: 'd'}"),
            ("{0.5: 1}[0.5]", "1"),
            ("{1: 'x'}[1.0]", "'x'"),
            ("{1: 'x'}.get(True)", "'x'"),
            ("{(1, 2): 'a'}[(1.0, 2.0)]", "'a'"),
            ("{-1: 'a', -2: 'b'}", "{-1: 'a', -2: 'b'}"),
            ("{-1: 'a'}.get(-2)", "None"),
            (
                "{2 ** 61 - 1: 'a', 0: 'b'}",
                "{2305843009213693951: 'a', 0: 'b'}",
            ),
            ("{2 ** 61 - 1: 'a'}.get(0)", "None"),
            ("{1.5: 'x', 3 / 2: 'y'}", "{1.5: 'y'}"),
            ("{'1': 1, 1: 2}", "{'1': 1, 1: 2}"),
            (
                "{None: 1, (): 2, '': 3, 0: 4}",
                "{None: 1, (): 2, '': 3, 0: 4}",
            ),
            ("{1: 1} == {True: True}", "True"),
            ("{float('nan'): 1} == {float('nan'): 1}", "False"),
            ("{2 ** 100: 1}[2 ** 100]", "1"),
        ],
    );
}

/// Sets of ints print in CPython's hash-table order.
#[test]
fn set_display_order() {
    check_reprs(
        "",
        &[
            ("{3, 1, 2}", "{1, 2, 3}"),
            ("{10, 5, 100, 1}", "{1, 10, 100, 5}"),
            ("{-1, -2, 0}", "{0, -1, -2}"),
            ("set(range(20, 0, -3))", "{2, 5, 8, 11, 14, 17, 20}"),
            ("{100, 1000, 8, 16, 33}", "{16, 33, 100, 1000, 8}"),
            (
                "{2 ** 64, 1, 2 ** 61}",
                "{18446744073709551616, 1, 2305843009213693952}",
            ),
            ("set([5, 37, 69])", "{37, 69, 5}"),
            ("{7, 3, 11, 19}", "{19, 3, 11, 7}"),
            (
                "{1, 9, 17, 25, 33, 41, 49, 57}",
                "{1, 33, 41, 9, 17, 49, 25, 57}",
            ),
            (
                "set(range(100, 0, -7))",
                "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}",
            ),
            ("{0.5, 1.5, 2.0}", "{0.5, 1.5, 2.0}"),
            ("frozenset({3, 1, 2})", "frozenset({1, 2, 3})"),
            ("set()", "set()"),
            ("frozenset()", "frozenset()"),
            ("{1, 2} | {3}", "{1, 2, 3}"),
            ("{x % 7 for x in range(20)}", "{0, 1, 2, 3, 4, 5, 6}"),
            ("set('a')", "{'a'}"),
            ("{True, 2, 0}", "{0, True, 2}"),
            ("{13, 5}", "{5, 13}"),
            ("{32, 0, 64, 1}", "{32, 0, 64, 1}"),
            ("{-5, 5, -10, 10}", "{10, -5, 5, -10}"),
            (
                "set([1000, 2000, 3000, 4000, 5000, 6000])",
                "{4000, 1000, 5000, 2000, 6000, 3000}",
            ),
            ("{8, 16, 0, 24}", "{8, 16, 0, 24}"),
            ("set(range(50)) - set(range(3, 50))", "{0, 1, 2}"),
            (
                "{2 ** 61, 2 ** 62, 2 ** 63, 0}",
                "{0, 2305843009213693952, 4611686018427387904, 9223372036854775808}",
            ),
            ("{-1, -2}", "{-1, -2}"),
            ("{1, 2, 3} ^ {100, 200}", "{1, 2, 3, 100, 200}"),
            ("{1, 33, 65, 97, 2}", "{65, 2, 33, 1, 97}"),
            ("set([9, 1, 17])", "{9, 1, 17}"),
            ("set(range(10, 0, -1))", "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}"),
            (
                "set(x * 8 for x in range(10))",
                "{0, 32, 64, 8, 40, 72, 16, 48, 24, 56}",
            ),
        ],
    );
}

/// Order of an int set after adds, removals and re-insertions, and set.pop().
#[test]
fn set_mutation_order() {
    check_program("
out = []
s = set(range(10)); s.discard(3); s.add(33); out.append(s)
s.remove(0); s.add(64); s.add(0); out.append(s)
t = {1, 2, 3}; t.add(4); t.discard(10); t.remove(1); t.update([5], [6]); out.append(t)
t -= {2}; out.append(t); t &= {3, 4, 5, 6, 7}; out.append(t); t |= {8}; out.append(t); t ^= {3, 9}; out.append(t)
out.append((t.pop(), t))
t.clear(); out.append(t)
u = set()
for i in range(30, 0, -2):
    u.add(i)
out.append(u)
for i in range(0, 30, 4):
    u.discard(i)
out.append(u)
u.add(100); u.add(4); out.append(u)
v = {5, 3}; v.intersection_update([3]); out.append(v)
w = {1, 2, 3}; w.difference_update([1], {2}); out.append(w)
x = {1, 2}; x.symmetric_difference_update([2, 3]); out.append(x)
", "
{64, 1, 2, 33, 4, 5, 6, 7, 8, 9, 0}
{64, 1, 2, 33, 4, 5, 6, 7, 8, 9, 0}
set()
set()
set()
set()
set()
(4, set())
set()
{2, 100, 4, 6, 10, 14, 18, 22, 26, 30}
{2, 100, 4, 6, 10, 14, 18, 22, 26, 30}
{2, 100, 4, 6, 10, 14, 18, 22, 26, 30}
{3}
{3}
{1, 3}
");
}

/// Set operators, methods, subset comparisons and frozenset hashing.
#[test]
fn set_algebra() {
    check_reprs(
        "",
        &[
            ("{1, 2, 3} & {2, 3, 4}", "{2, 3}"),
            ("{1, 2} | {2, 3}", "{1, 2, 3}"),
            ("{1, 2, 3} - {2}", "{1, 3}"),
            ("{1, 2} ^ {2, 3}", "{1, 3}"),
            ("{1, 2}.union([3], (4,))", "{1, 2, 3, 4}"),
            ("{1, 2, 3}.intersection([2, 3], {3})", "{3}"),
            ("{1, 2, 3}.difference([1], [2])", "{3}"),
            ("{1, 2}.symmetric_difference([2, 3])", "{1, 3}"),
            ("{1, 2}.isdisjoint([3])", "True"),
            ("{1} <= {1, 2}", "True"),
            ("{1, 2} <= {1, 2}", "True"),
            ("{1, 2} < {1, 2}", "False"),
            ("{1, 2, 3} > {1}", "True"),
            ("{1} >= {2}", "False"),
            ("{1, 2} == frozenset([2, 1])", "True"),
            ("frozenset([1]) | {2}", "frozenset({1, 2})"),
            ("{2} | frozenset([1])", "{1, 2}"),
            ("frozenset([1, 2]) & {2}", "frozenset({2})"),
            ("hash(frozenset([1, 2])) == hash(frozenset([2, 1]))", "True"),
            ("{frozenset([1, 2]): 'a'}[frozenset([2, 1])]", "'a'"),
            ("{1, 2}.issubset(range(5))", "True"),
            ("{1, 2}.issuperset([1])", "True"),
            ("len({1, 2, 2})", "2"),
            ("3 in {1, 2}", "False"),
            ("{1, 2} != {1, 2}", "False"),
            ("{1} < {1, 2} < {1, 2, 3}", "True"),
            ("{1}.union()", "{1}"),
            ("set().union([])", "set()"),
            ("frozenset([1, 2]) == {1, 2}", "True"),
            ("{1, 2}.copy()", "{1, 2}"),
            ("frozenset({1}).copy()", "frozenset({1})"),
            ("{1, 2} - frozenset({2})", "{1}"),
            ("set({1: 2})", "{1}"),
            ("{1} == {1.0}", "True"),
            ("{1} == [1]", "False"),
            ("sorted({3, 1} | {2})", "[1, 2, 3]"),
            ("type({1} | frozenset()).__name__", "'set'"),
            ("type(frozenset() | {1}).__name__", "'frozenset'"),
            ("{frozenset(): 1, frozenset([1]): 2}[frozenset()]", "1"),
            ("set() == frozenset()", "True"),
            ("len(set(range(1000)))", "1000"),
        ],
    );
}

/// Tuples as set members and dict keys (tuple hashing).
#[test]
fn set_of_tuples() {
    check_reprs(
        "",
        &[
            ("{(1, 2), (3, 4)} == {(3, 4), (1, 2)}", "True"),
            ("(1, 2) in {(1, 2)}", "True"),
            ("{(1, 2), (1, 2.0)}", "{(1, 2)}"),
            ("sorted({(2, 'b'), (1, 'a')})", "[(1, 'a'), (2, 'b')]"),
            ("{(1, 2), (3, 4), (0, 0)}", "{(1, 2), (3, 4), (0, 0)}"),
            (
                "{(0, 0), (0, 1), (1, 0), (1, 1)}",
                "{(0, 1), (1, 0), (1, 1), (0, 0)}",
            ),
            (
                "{(i, i * i) for i in range(5)}",
                "{(2, 4), (4, 16), (0, 0), (1, 1), (3, 9)}",
            ),
            ("len({(1,), (1,), ()})", "2"),
            ("{(): 0, (0,): 1}", "{(): 0, (0,): 1}"),
            ("{(1, (2, 3))} & {(1, (2, 3))}", "{(1, (2, 3))}"),
            ("{1: 2}.items() | {(3, 4)}", "{(1, 2), (3, 4)}"),
        ],
    );
}

/// KeyError and TypeError from sets.
#[test]
fn set_errors() {
    check_errors(&[
        ("{1}.remove(2)", "KeyError: 2"),
        ("set().pop()", "KeyError: 'pop from an empty set'"),
        ("{[1]}", "TypeError: unhashable type: 'list'"),
        (
            "{1} + {2}",
            "TypeError: unsupported operand type(s) for +: 'set' and 'set'",
        ),
        (
            "frozenset([1]).add(2)",
            "AttributeError: 'frozenset' object has no attribute 'add'",
        ),
        (
            "{1} < [1]",
            "TypeError: '<' not supported between instances of 'set' and 'list'",
        ),
        (
            "{1} | [2]",
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'",
        ),
        ("[1] in {1}", "TypeError: unhashable type: 'list'"),
        (
            "s = {1, 2}
for x in s:
    s.add(x + 10)",
            "RuntimeError: Set changed size during iteration",
        ),
        (
            "s = {1}
s.discard([])",
            "TypeError: unhashable type: 'list'",
        ),
        ("set(1)", "TypeError: 'int' object is not iterable"),
        ("{1}.update(2)", "TypeError: 'int' object is not iterable"),
        (
            "{1} & 'a'",
            "TypeError: unsupported operand type(s) for &: 'set' and 'str'",
        ),
        ("{{1}}", "TypeError: unhashable type: 'set'"),
        (
            "frozenset().remove(1)",
            "AttributeError: 'frozenset' object has no attribute 'remove'",
        ),
    ]);
}

/// range: len, indexing, slicing, negative steps, membership, equality.
#[test]
fn range_objects() {
    check_reprs(
        "",
        &[
            ("range(10)", "range(0, 10)"),
            ("range(1, 10, 2)", "range(1, 10, 2)"),
            ("range(0, -5, -1)", "range(0, -5, -1)"),
            ("len(range(10))", "10"),
            ("len(range(1, 10, 3))", "3"),
            ("len(range(10, 0, -3))", "4"),
            ("len(range(0))", "0"),
            ("len(range(5, 1))", "0"),
            ("list(range(10, 0, -3))", "[10, 7, 4, 1]"),
            ("range(10)[3]", "3"),
            ("range(10)[-1]", "9"),
            ("range(0, 20, 3)[2:5]", "range(6, 15, 3)"),
            ("range(10)[::-1]", "range(9, -1, -1)"),
            ("range(10)[::2][::-1]", "range(8, -2, -2)"),
            ("range(1, 10, 2)[1:-1]", "range(3, 9, 2)"),
            ("range(10, 0, -2)[1:]", "range(8, 0, -2)"),
            ("list(range(0, 10, 3)[::-1])", "[9, 6, 3, 0]"),
            ("range(10).index(4)", "4"),
            ("range(1, 10, 3).index(7)", "2"),
            ("range(10, 0, -2).index(4)", "3"),
            ("5 in range(10)", "True"),
            ("10 in range(10)", "False"),
            ("5 in range(0, 10, 2)", "False"),
            ("-3 in range(0, -10, -3)", "True"),
            ("3.0 in range(5)", "True"),
            ("'a' in range(5)", "False"),
            ("range(0) == range(5, 2)", "True"),
            ("range(0, 10, 2) == range(0, 9, 2)", "True"),
            ("range(1) == range(1, 2, 100)", "False"),
            ("range(0, 3) == range(0, 3, 1)", "True"),
            ("range(3) == [0, 1, 2]", "False"),
            ("list(range(-5, 5, 4))", "[-5, -1, 3]"),
            ("len(range(2 ** 62))", "4611686018427387904"),
            ("range(5).count(3)", "1"),
            ("list(reversed(range(3)))", "[2, 1, 0]"),
            ("sum(range(101))", "5050"),
            ("range(10)[2:8:3]", "range(2, 8, 3)"),
            (
                "(range(10).start, range(1, 5, 2).step, range(7).stop)",
                "(0, 2, 7)",
            ),
            ("range(3)[True]", "1"),
            ("range(10)[100:]", "range(10, 10)"),
            ("range(10)[-100:2]", "range(0, 2)"),
            ("range(5, 0, -1)[::-2]", "range(1, 6, 2)"),
            ("list(range(10)[5:1:-2])", "[5, 3]"),
            ("range(0, 1) == range(0, 1, 5)", "True"),
            ("hash(range(0)) == hash(range(3, 3))", "True"),
            ("range(-3)", "range(0, -3)"),
            ("range(1, 2, 3).__class__.__name__", "'range'"),
            ("bool(range(0))", "False"),
            ("list(range(3, -3, -2))", "[3, 1, -1]"),
            ("range(3)[0:0]", "range(0, 0)"),
            ("range(4)[1::2]", "range(1, 4, 2)"),
        ],
    );
}

/// range construction and indexing errors.
#[test]
fn range_errors() {
    check_errors(&[
        (
            "range(10)[10]",
            "IndexError: range object index out of range",
        ),
        (
            "range(0, 10, 0)",
            "ValueError: range() arg 3 must not be zero",
        ),
        ("range(10).index(10)", "ValueError: 10 is not in range"),
        (
            "range(1.5)",
            "TypeError: 'float' object cannot be interpreted as an integer",
        ),
        (
            "len(range(2 ** 64))",
            "OverflowError: Python int too large to convert to C ssize_t",
        ),
        (
            "r = range(3)
r[1] = 2",
            "TypeError: 'range' object does not support item assignment",
        ),
        (
            "range('a')",
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            "range()",
            "TypeError: range expected at least 1 argument, got 0",
        ),
        (
            "range(1, 2, 3, 4)",
            "TypeError: range expected at most 3 arguments, got 4",
        ),
        (
            "range(3)['a']",
            "TypeError: range indices must be integers or slices, not str",
        ),
        ("range(0)[0]", "IndexError: range object index out of range"),
    ]);
}

/// slice(): repr, attributes, indices(), equality, hashing and use as an index.
#[test]
fn slice_objects() {
    check_reprs(
        "",
        &[
            ("slice(1, 5, 2)", "slice(1, 5, 2)"),
            ("slice(3)", "slice(None, 3, None)"),
            ("slice(None, None, -1)", "slice(None, None, -1)"),
            (
                "(slice(5).start, slice(5).stop, slice(5).step)",
                "(None, 5, None)",
            ),
            ("[0, 1, 2, 3, 4][slice(1, 4)]", "[1, 2, 3]"),
            ("'abcdef'[slice(None, None, 2)]", "'ace'"),
            ("slice(1, 2) == slice(1, 3)", "False"),
            ("(1, 2, 3)[slice(-2, None)]", "(2, 3)"),
            ("range(10)[slice(2, 8, 2)]", "range(2, 8, 2)"),
            ("slice('a', 'b')", "slice('a', 'b', None)"),
            ("slice(1, None, None)", "slice(1, None, None)"),
            ("a[1:3] if (a := [5, 6, 7, 8]) else 0", "[6, 7]"),
        ],
    );
}

/// Zero step and non-integer bounds.
#[test]
fn slice_errors() {
    check_errors(&[
        (
            "[1, 2][slice('a', None)]",
            "TypeError: slice indices must be integers or None or have an __index__ method",
        ),
        ("[1][::0]", "ValueError: slice step cannot be zero"),
    ]);
}
