import difflib
from difflib import SequenceMatcher, Match

def show(sm):
    print(sm.get_matching_blocks())
    for op in sm.get_opcodes():
        print('  ', op)
    print('  ratio', round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))

show(SequenceMatcher(None, "abxcd", "abcd"))
show(SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                     "private volatile Thread currentThread;"))
show(SequenceMatcher(None, "qabxcd", "abycdf"))
show(SequenceMatcher(None, "", ""))
show(SequenceMatcher(None, "abc", ""))
show(SequenceMatcher(None, "", "xyz"))
show(SequenceMatcher(None, [1, 2, 3, 4, 5], [5, 4, 3, 2, 1]))
show(SequenceMatcher(None, "aaaa", "aa"))
show(SequenceMatcher(None, "abab", "baba"))
show(SequenceMatcher(None, (1, 'x', 2.0), [1, 'x', 2]))

sm = SequenceMatcher(None, " abcd", "abcd abcd")
print(sm.find_longest_match(0, 5, 0, 9))
sm = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(sm.find_longest_match(0, 5, 0, 9))
print(sm.find_longest_match())
print(sm.find_longest_match(1, 3))
print(sm.find_longest_match(2, 5, 5, 9))
print(sm.find_longest_match(0, 0, 0, 0))
m = sm.find_longest_match()
print(m.a, m.b, m.size, m == (1, 0, 4), type(m).__name__, Match._fields)
print(sorted(sm.bjunk), sorted(sm.bpopular))

# ties: earliest in a, then earliest in b
print(SequenceMatcher(None, "xyzabcxyz", "abcxyzabc").find_longest_match())
print(SequenceMatcher(None, "ab cd ab", "cd ab cd").get_matching_blocks())

# autojunk on long sequences
a = "a" * 150 + "b" + "a" * 150
b = "a" * 120 + "c" + "a" * 100
s1 = SequenceMatcher(None, a, b)
print(sorted(s1.bpopular), s1.get_matching_blocks(), round(s1.ratio(), 6))
s2 = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s2.bpopular), s2.get_matching_blocks(), round(s2.ratio(), 6))
lines1 = ["line %d\n" % (i % 7) for i in range(250)]
lines2 = ["line %d\n" % (i % 5) for i in range(260)]
s3 = SequenceMatcher(None, lines1, lines2)
print(len(s3.get_opcodes()), round(s3.ratio(), 6), len(s3.bpopular))

# set_seq1 / set_seq2 reuse
sm = SequenceMatcher()
sm.set_seq2("abcd")
for w in ["abcd", "bcde", "dcba", "xyz", "a"]:
    sm.set_seq1(w)
    print(w, round(sm.ratio(), 6), sm.get_opcodes())
sm.set_seqs("hello world", "hallo word")
print(sm.get_opcodes())

# grouped opcodes
a = [str(i) for i in range(40)]
b = a[:]
b[5] = 'x'
b[20:22] = []
b.insert(30, 'new')
sm = SequenceMatcher(None, a, b)
for g in sm.get_grouped_opcodes():
    print(g)
for g in sm.get_grouped_opcodes(1):
    print(g)
for g in sm.get_grouped_opcodes(0):
    print(g)
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "", "a").get_grouped_opcodes()))
print(SequenceMatcher[int])
