//! The str type: indexing, slicing, methods and their edge cases, repr, formatting, comparisons.

mod common;
use common::{check_errors, check_reprs};

/// An ASCII and a non-ASCII string (2-, 3- and 4-byte UTF-8) for the indexing tests.
const SLICING_SETUP: &str = "s = 'hello, world'
u = 'héllo wörld ✓ 𝄞'
";

/// Indexing and slicing with negative indices, steps and out-of-range bounds.
#[test]
fn index_and_slice_ascii() {
    check_reprs(
        SLICING_SETUP,
        &[
            ("s[0]", "'h'"),
            ("s[-1]", "'d'"),
            ("s[4:]", "'o, world'"),
            ("s[:-3]", "'hello, wo'"),
            ("s[::2]", "'hlo ol'"),
            ("s[::-1]", "'dlrow ,olleh'"),
            ("s[-3::-2]", "'rw,le'"),
            ("s[100:]", "''"),
            ("s[-100:3]", "'hel'"),
            ("s[5:2]", "''"),
            ("s[5:2:-1]", "',ol'"),
            ("s[::-3]", "'do,l'"),
            ("s[1:100:4]", "'e,r'"),
            ("s[-1:-100:-5]", "'d e'"),
            ("s[:0]", "''"),
            ("s[len(s):]", "''"),
            ("s[True]", "'e'"),
            ("s[2:2:-1]", "''"),
            ("s[None:None:None]", "'hello, world'"),
            ("''[::-1]", "''"),
            ("'ab'[-1:-3:-1]", "'ba'"),
            ("'ab'[5:-5:-1]", "'ba'"),
        ],
    );
}

/// Indices count code points, not bytes, in non-ASCII text.
#[test]
fn index_and_slice_non_ascii() {
    check_reprs(
        SLICING_SETUP,
        &[
            ("len(u)", "15"),
            ("u[1]", "'é'"),
            ("u[-1]", "'𝄞'"),
            ("u[-2]", "' '"),
            ("u[::-1]", "'𝄞 ✓ dlröw olléh'"),
            ("u[2:9]", "'llo wör'"),
            ("u[::3]", "'hlwl✓'"),
            ("u[-5:-1]", "'d ✓ '"),
            ("u[7:]", "'örld ✓ 𝄞'"),
            ("u[:2]", "'hé'"),
            ("len('𝄞')", "1"),
            ("len('é')", "1"),
            (r"len('e\u0301')", "2"),
            ("'日本語'[1]", "'本'"),
            ("'日本語'[::-1]", "'語本日'"),
            ("'日本語'[-1:]", "'語'"),
            ("ord(u[-1])", "119070"),
            ("u.index('✓')", "12"),
            ("u.find('ö')", "7"),
            ("u[u.find('w'):]", "'wörld ✓ 𝄞'"),
            ("[c for c in 'aé𝄞']", "['a', 'é', '𝄞']"),
            ("list(reversed('aé𝄞'))", "['𝄞', 'é', 'a']"),
            ("'é' * 3", "'ééé'"),
            ("'aé'[1:] + 'b'", "'éb'"),
            (r"len('\x00é\uffff\U0010ffff')", "4"),
            ("'ü'[0] == 'ü'", "True"),
            ("u[-100:100:7]", "'hö𝄞'"),
            ("u[11:12]", "' '"),
        ],
    );
}

/// Bad indices and item assignment.
#[test]
fn index_errors() {
    check_errors(&[
        ("'abc'[3]", "IndexError: string index out of range"),
        ("'abc'[-4]", "IndexError: string index out of range"),
        ("''[0]", "IndexError: string index out of range"),
        ("'abc'[::0]", "ValueError: slice step cannot be zero"),
        (
            "s = 'abc'
s[0] = 'x'",
            "TypeError: 'str' object does not support item assignment",
        ),
        ("'é'[1]", "IndexError: string index out of range"),
        (
            "s = 'abc'
del s[0]",
            "TypeError: 'str' object doesn't support item deletion",
        ),
    ]);
}

/// split/rsplit: explicit separators, maxsplit, and runs of whitespace.
#[test]
fn split_and_rsplit() {
    check_reprs(
        "",
        &[
            ("'a b  c'.split()", "['a', 'b', 'c']"),
            ("'  a b  c  '.split()", "['a', 'b', 'c']"),
            ("'a,b,,c'.split(',')", "['a', 'b', '', 'c']"),
            ("'a,b,,c'.split(',', 1)", "['a', 'b,,c']"),
            ("'a b c d'.split(None, 2)", "['a', 'b', 'c d']"),
            ("'  a  b  c  '.split(None, 1)", "['a', 'b  c  ']"),
            ("'a b c'.split(maxsplit=1)", "['a', 'b c']"),
            ("''.split()", "[]"),
            ("''.split(',')", "['']"),
            ("'abc'.split('abc')", "['', '']"),
            (
                r"'a\tb\nc\x0bd\x0ce\rf'.split()",
                "['a', 'b', 'c', 'd', 'e', 'f']",
            ),
            (r"'a\u3000b\xa0c\u2003d'.split()", "['a', 'b', 'c', 'd']"),
            ("'a,b,c'.rsplit(',', 1)", "['a,b', 'c']"),
            ("'  a  b  c  '.rsplit(None, 1)", "['  a  b', 'c']"),
            ("'a b c'.rsplit()", "['a', 'b', 'c']"),
            ("'aXbXc'.rsplit('X', 0)", "['aXbXc']"),
            ("'aaa'.split('aa')", "['', 'a']"),
            ("'aaa'.rsplit('aa')", "['a', '']"),
            ("'a,b'.split(',', -1)", "['a', 'b']"),
            ("'a, b, c'.split(', ')", "['a', 'b', 'c']"),
            ("'   '.split()", "[]"),
            ("'   '.split(' ')", "['', '', '', '']"),
            ("'a b'.split(sep=None)", "['a', 'b']"),
            ("'é,ü,ö'.split(',')", "['é', 'ü', 'ö']"),
            ("'x'.split('x')", "['', '']"),
            ("'1<>2<>3'.rsplit('<>', 1)", "['1<>2', '3']"),
            ("'  a b '.rsplit(maxsplit=0)", "['  a b']"),
            ("'  a b '.split(maxsplit=0)", "['a b ']"),
        ],
    );
}

/// Empty and non-str separators.
#[test]
fn split_errors() {
    check_errors(&[
        ("'a'.split('')", "ValueError: empty separator"),
        ("'a'.split(1)", "TypeError: must be str or None, not int"),
        ("'a'.rsplit('')", "ValueError: empty separator"),
        (
            "'a'.split(',', 'x')",
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
    ]);
}

/// splitlines recognises \r\n as one break and every Unicode line boundary.
#[test]
fn splitlines() {
    check_reprs(
        "",
        &[
            (r"'a\nb\r\nc\rd'.splitlines()", "['a', 'b', 'c', 'd']"),
            (r"'a\nb\n'.splitlines()", "['a', 'b']"),
            (r"'a\r\nb'.splitlines(True)", r"['a\r\n', 'b']"),
            (r"'a\n\nb'.splitlines()", "['a', '', 'b']"),
            ("''.splitlines()", "[]"),
            (
                r"'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines()",
                "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']",
            ),
            (r"'\n'.splitlines()", "['']"),
            (r"'a\r'.splitlines(keepends=True)", r"['a\r']"),
            (r"'\r\n\r\n'.splitlines()", "['', '']"),
            (r"'\n\r'.splitlines(True)", r"['\n', '\r']"),
            ("'no break'.splitlines()", "['no break']"),
        ],
    );
}

/// strip/lstrip/rstrip with and without a set of characters; removeprefix/removesuffix.
#[test]
fn strip_family() {
    check_reprs(
        "",
        &[
            ("'  x  '.strip()", "'x'"),
            ("'xxhixx'.strip('x')", "'hi'"),
            ("'abcba'.strip('ab')", "'c'"),
            ("'  x  '.lstrip()", "'x  '"),
            ("'  x  '.rstrip()", "'  x'"),
            ("'www.example.com'.strip('cmowz.')", "'example'"),
            (r"'\t\n x \r\n'.strip()", "'x'"),
            (r"'\u3000x\xa0'.strip()", "'x'"),
            ("'ééxéé'.strip('é')", "'x'"),
            ("'abc'.strip('')", "'abc'"),
            ("'abc'.lstrip('ba')", "'c'"),
            ("'abc'.rstrip('cb')", "'a'"),
            ("'xx'.strip('x')", "''"),
            ("'  '.strip()", "''"),
            ("'x'.strip(None)", "'x'"),
            ("'prefix_name'.removeprefix('prefix_')", "'name'"),
            ("'name.py'.removesuffix('.py')", "'name'"),
            ("'abc'.removeprefix('x')", "'abc'"),
            ("'abc'.removesuffix('')", "'abc'"),
            ("'aaa'.removeprefix('a')", "'aa'"),
            (r"'\x1fa\x1c'.strip()", "'a'"),
        ],
    );
}

/// find/rfind/index/rindex with start and end, on ASCII and non-ASCII text.
#[test]
fn find_and_index() {
    check_reprs(
        "",
        &[
            ("'hello'.find('l')", "2"),
            ("'hello'.rfind('l')", "3"),
            ("'hello'.find('l', 3)", "3"),
            ("'hello'.find('l', 4)", "-1"),
            ("'hello'.find('l', -2)", "3"),
            ("'hello'.find('', 5)", "5"),
            ("'hello'.rfind('')", "5"),
            ("'hello'.find('lo', 0, 4)", "-1"),
            ("'hello'.find('x')", "-1"),
            ("'héllo'.find('l')", "2"),
            ("'héllo'.rfind('l')", "3"),
            ("'日本語日本'.find('本', 2)", "4"),
            ("'日本語日本'.rfind('日', 0, 4)", "3"),
            ("'héllo'.index('o')", "4"),
            ("'abcabc'.index('c', 3)", "5"),
            ("'abc'.find('c', -1)", "2"),
            ("'abc'.rfind('a', 1)", "-1"),
            ("'aaa'.find('aa', 1)", "1"),
            ("'abc'.find('', -10)", "0"),
            ("'abc'.rfind('', 1, 2)", "2"),
            ("'abcabc'.rindex('b', 0, 4)", "1"),
            ("'aé𝄞é'.rfind('é')", "3"),
            ("'aé𝄞é'.find('é', 2)", "3"),
            ("'aé𝄞é'.index('𝄞', -3, -1)", "2"),
            ("'abc'.find('b', None, None)", "1"),
            ("'abc'.find('abcd')", "-1"),
            ("'abc'.rfind('c', 0, -1)", "-1"),
            ("'abc'.find('a', 2, 1)", "-1"),
        ],
    );
}

/// index/rindex raise ValueError where find returns -1.
#[test]
fn index_not_found() {
    check_errors(&[
        ("'hello'.index('x')", "ValueError: substring not found"),
        ("'hello'.rindex('x')", "ValueError: substring not found"),
        ("'hello'.index('l', 4)", "ValueError: substring not found"),
        ("'héllo'.rindex('é', 2)", "ValueError: substring not found"),
    ]);
}

/// count of substrings, including the empty string and with start/end.
#[test]
fn count() {
    check_reprs(
        "",
        &[
            ("'aaa'.count('a')", "3"),
            ("'aaaa'.count('aa')", "2"),
            ("'abc'.count('')", "4"),
            ("''.count('')", "1"),
            ("'héllo'.count('')", "6"),
            ("'abcabc'.count('bc', 2)", "1"),
            ("'abcabc'.count('a', 1, 4)", "1"),
            ("'abc'.count('', 1)", "3"),
            ("'abc'.count('', 3)", "1"),
            ("'ééé'.count('é', 1)", "2"),
            ("'abc'.count('', -1)", "2"),
            ("'abc'.count('x')", "0"),
            ("'aaa'.count('a', -2)", "2"),
        ],
    );
}

/// replace with counts, empty patterns and non-ASCII text.
#[test]
fn replace() {
    check_reprs(
        "",
        &[
            ("'aaa'.replace('a', 'b')", "'bbb'"),
            ("'aaa'.replace('a', 'b', 2)", "'bba'"),
            ("'aaa'.replace('a', 'b', 0)", "'aaa'"),
            ("'aaa'.replace('a', 'b', -1)", "'bbb'"),
            ("'abc'.replace('', '-')", "'-a-b-c-'"),
            ("'abc'.replace('', '-', 2)", "'-a-bc'"),
            ("''.replace('', 'x')", "'x'"),
            ("'héllo'.replace('l', 'L', 1)", "'héLlo'"),
            ("'aaaa'.replace('aa', 'b')", "'bb'"),
            ("'abc'.replace('x', 'y')", "'abc'"),
            ("'日本'.replace('', '|')", "'|日|本|'"),
            ("'abc'.replace('abc', '')", "''"),
            ("'a.b.c'.replace('.', '')", "'abc'"),
            ("'ab'.replace('b', 'bb')", "'abb'"),
            (r"'é'.replace('é', 'e\u0301')", "'é'"),
            ("'abc'.replace('', '')", "'abc'"),
        ],
    );
}

/// center/ljust/rjust/zfill, odd widths and fill characters.
#[test]
fn padding() {
    check_reprs(
        "",
        &[
            ("'abc'.center(6)", "' abc  '"),
            ("'abc'.center(6, '*')", "'*abc**'"),
            ("'ab'.center(5, '*')", "'**ab*'"),
            ("'abc'.center(2)", "'abc'"),
            ("'a'.center(4, '-')", "'-a--'"),
            ("''.center(3, 'x')", "'xxx'"),
            ("'ab'.center(7)", "'   ab  '"),
            ("'abc'.center(8)", "'  abc   '"),
            ("'abcd'.center(7)", "'  abcd '"),
            ("'abc'.center(7)", "'  abc  '"),
            ("'ab'.center(6)", "'  ab  '"),
            ("'abc'.ljust(6, '.')", "'abc...'"),
            ("'abc'.rjust(6, '.')", "'...abc'"),
            ("'é'.center(5, '✓')", "'✓✓é✓✓'"),
            ("'42'.zfill(5)", "'00042'"),
            ("'-42'.zfill(5)", "'-0042'"),
            ("'+42'.zfill(5)", "'+0042'"),
            ("'42'.zfill(1)", "'42'"),
            ("''.zfill(3)", "'000'"),
            ("'-'.zfill(3)", "'-00'"),
            ("'abc'.zfill(5)", "'00abc'"),
            ("'-0.5'.zfill(7)", "'-0000.5'"),
            ("'éé'.rjust(4, 'ö')", "'ööéé'"),
            ("'x'.ljust(-1)", "'x'"),
            ("'ab'.center(3)", "' ab'"),
            ("'a'.center(2)", "'a '"),
            ("'a'.center(3)", "' a '"),
            ("'+'.zfill(2)", "'+0'"),
        ],
    );
}

/// The fill character must be a single character.
#[test]
fn padding_errors() {
    check_errors(&[
        (
            "'a'.center(5, 'ab')",
            "TypeError: The fill character must be exactly one character long",
        ),
        (
            "'a'.ljust(5, '')",
            "TypeError: The fill character must be exactly one character long",
        ),
        (
            "'a'.zfill('5')",
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            "'a'.center()",
            "TypeError: center expected at least 1 argument, got 0",
        ),
    ]);
}

/// partition/rpartition, found and not found.
#[test]
fn partition() {
    check_reprs(
        "",
        &[
            ("'a=b=c'.partition('=')", "('a', '=', 'b=c')"),
            ("'a=b=c'.rpartition('=')", "('a=b', '=', 'c')"),
            ("'abc'.partition('=')", "('abc', '', '')"),
            ("'abc'.rpartition('=')", "('', '', 'abc')"),
            ("'héllo'.partition('l')", "('hé', 'l', 'lo')"),
            ("'héllo'.rpartition('l')", "('hél', 'l', 'o')"),
            ("'a::b::c'.partition('::')", "('a', '::', 'b::c')"),
            ("''.partition('x')", "('', '', '')"),
        ],
    );
}

/// An empty separator is refused.
#[test]
fn partition_errors() {
    check_errors(&[
        ("'a'.partition('')", "ValueError: empty separator"),
        ("'a'.rpartition('')", "ValueError: empty separator"),
    ]);
}

/// title/capitalize/swapcase/upper/lower/casefold and the is* predicates.
#[test]
fn case_methods() {
    check_reprs(
        "",
        &[
            ("'hello world'.title()", "'Hello World'"),
            (
                r#""they're bill's friends".title()"#,
                r#""They'Re Bill'S Friends""#,
            ),
            ("'hELLO wORLD'.capitalize()", "'Hello world'"),
            ("'ßtraße'.upper()", "'SSTRASSE'"),
            ("'İ'.lower()", "'i̇'"),
            ("len('İ'.lower())", "2"),
            ("'Hello World'.swapcase()", "'hELLO wORLD'"),
            ("'hello 3rd-party_x'.title()", "'Hello 3Rd-Party_X'"),
            ("'ÉCOLE'.lower()", "'école'"),
            ("'straße'.casefold()", "'strasse'"),
            ("'ﬁ'.upper()", "'FI'"),
            ("'abc'.upper()", "'ABC'"),
            ("'a1b2'.isalnum()", "True"),
            ("'١٢'.isdigit()", "True"),
            ("'½'.isnumeric()", "True"),
            ("'½'.isdigit()", "False"),
            (r"' \t'.isspace()", "True"),
            ("''.isspace()", "False"),
            ("'Hello World'.istitle()", "True"),
            ("'hello'.islower()", "True"),
            ("'HELLO1'.isupper()", "True"),
            ("'abc'.isidentifier()", "True"),
            ("'1abc'.isidentifier()", "False"),
            ("'é'.isascii()", "False"),
            ("''.isascii()", "True"),
            ("'éa'.capitalize()", "'Éa'"),
            ("'123'.capitalize()", "'123'"),
            ("'ΑΣ'.lower()", "'ας'"),
            ("'a'.isalpha()", "True"),
            ("'a1'.isalpha()", "False"),
            ("'Ⅻ'.isnumeric()", "True"),
            ("'²'.isdecimal()", "False"),
            ("'²'.isdigit()", "True"),
            ("'_a'.isidentifier()", "True"),
            (r"'\t'.isprintable()", "False"),
            ("'é'.isprintable()", "True"),
        ],
    );
}

/// startswith/endswith with tuples and start/end ranges.
#[test]
fn startswith_endswith() {
    check_reprs(
        "",
        &[
            ("'hello'.startswith('he')", "True"),
            ("'hello'.startswith(('x', 'he'))", "True"),
            ("'hello'.startswith('l', 2)", "True"),
            ("'hello'.startswith('ll', 2, 3)", "False"),
            ("'hello'.endswith('lo')", "True"),
            ("'hello'.endswith(('x', 'y'))", "False"),
            ("'hello'.endswith('l', 0, 4)", "True"),
            ("'hello'.startswith('')", "True"),
            ("'hello'.startswith('', 5)", "True"),
            ("'héllo'.startswith('é', 1)", "True"),
            ("'hello'.startswith('h', -10)", "True"),
            ("'hello'.endswith(())", "False"),
            ("'héllo'.endswith('lo', -2)", "True"),
            ("'hello'.startswith('lo', -2)", "True"),
            ("'hello'.endswith('ell', 1, 4)", "True"),
            ("'hello'.endswith('ell', 1, -1)", "True"),
        ],
    );
}

/// The prefix must be a str or a tuple of str.
#[test]
fn startswith_errors() {
    check_errors(&[
        (
            "'hello'.startswith(['he'])",
            "TypeError: startswith first arg must be str or a tuple of str, not list",
        ),
        (
            "'a'.startswith((1,))",
            "TypeError: tuple for startswith must only contain str, not int",
        ),
        (
            "'a'.endswith(1)",
            "TypeError: endswith first arg must be str or a tuple of str, not int",
        ),
    ]);
}

/// join over lists, strings, iterators and generators.
#[test]
fn join() {
    check_reprs(
        "",
        &[
            ("','.join(['a', 'b'])", "'a,b'"),
            ("''.join([])", "''"),
            ("'-'.join('abc')", "'a-b-c'"),
            ("', '.join(map(str, range(3)))", "'0, 1, 2'"),
            ("'é'.join('ab')", "'aéb'"),
            ("''.join(x.upper() for x in 'ab')", "'AB'"),
            ("'|'.join(('x',))", "'x'"),
            ("' '.join({'k': 1})", "'k'"),
            ("'ab'.join(['', ''])", "'ab'"),
        ],
    );
}

/// join names the offending item and its type.
#[test]
fn join_errors() {
    check_errors(&[
        (
            "','.join(['a', 1])",
            "TypeError: sequence item 1: expected str instance, int found",
        ),
        ("','.join(1)", "TypeError: can only join an iterable"),
        (
            "','.join([None])",
            "TypeError: sequence item 0: expected str instance, NoneType found",
        ),
        (
            "', '.join([b'a'])",
            "TypeError: sequence item 0: expected str instance, bytes found",
        ),
        (
            "''.join(['a', 'b', 3.5])",
            "TypeError: sequence item 2: expected str instance, float found",
        ),
    ]);
}

/// expandtabs, encode, translate, maketrans, repetition and concatenation.
#[test]
fn misc_methods() {
    check_reprs(
        "",
        &[
            (r"'a\tb'.expandtabs()", "'a       b'"),
            (r"'a\tbc\td'.expandtabs(4)", "'a   bc  d'"),
            (r"'ab\n\tc'.expandtabs(2)", r"'ab\n  c'"),
            ("'abc'.encode()", "b'abc'"),
            ("'é'.encode()", r"b'\xc3\xa9'"),
            ("'ab' * 3", "'ababab'"),
            ("3 * 'ab'", "'ababab'"),
            ("'ab' * 0", "''"),
            ("'ab' * -1", "''"),
            ("'a' + 'b'", "'ab'"),
            ("str(12)", "'12'"),
            ("str(None)", "'None'"),
            ("'abc'.translate({97: 'X', 98: None})", "'Xc'"),
            ("str.maketrans('ab', 'xy')", "{97: 120, 98: 121}"),
            ("'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "'xy'"),
            ("str()", "''"),
            ("str(b'ab')", r#""b'ab'""#),
            ("str(1.0)", "'1.0'"),
            ("str([1, 'a'])", r#""[1, 'a']""#),
            ("'a' 'b'", "'ab'"),
            ("ord('€')", "8364"),
            ("chr(8364)", "'€'"),
            ("chr(0x1d11e)", "'𝄞'"),
            ("'abc'.index('c')", "2"),
            ("'x'.__class__.__name__", "'str'"),
            ("str.lower('ABC')", "'abc'"),
            ("'a%sb' % ''", "'ab'"),
        ],
    );
}

/// Type errors from operators and built-ins applied to str.
#[test]
fn operator_errors() {
    check_errors(&[
        (
            "'a' + 1",
            r#"TypeError: can only concatenate str (not "int") to str"#,
        ),
        (
            "1 + 'a'",
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        ),
        (
            "'a' * 'b'",
            "TypeError: can't multiply sequence by non-int of type 'str'",
        ),
        (
            "'a' * 1.5",
            "TypeError: can't multiply sequence by non-int of type 'float'",
        ),
        (
            "'a' < 1",
            "TypeError: '<' not supported between instances of 'str' and 'int'",
        ),
        (
            "1 in 'abc'",
            "TypeError: 'in <string>' requires string as left operand, not int",
        ),
        (
            "'abc'.foo",
            "AttributeError: 'str' object has no attribute 'foo'",
        ),
        (
            "ord('ab')",
            "TypeError: ord() expected a character, but string of length 2 found",
        ),
        (
            "ord('')",
            "TypeError: ord() expected a character, but string of length 0 found",
        ),
        ("chr(-1)", "ValueError: chr() arg not in range(0x110000)"),
        (
            "chr(0x110000)",
            "ValueError: chr() arg not in range(0x110000)",
        ),
        (
            "'a' - 'b'",
            "TypeError: unsupported operand type(s) for -: 'str' and 'str'",
        ),
        ("-'a'", "TypeError: bad operand type for unary -: 'str'"),
    ]);
}

/// repr picks the quote, escapes controls and non-printables, keeps printable Unicode.
#[test]
fn repr_quoting_and_escapes() {
    check_reprs(
        "",
        &[
            ("'abc'", "'abc'"),
            (r#""it's""#, r#""it's""#),
            (r#"'say "hi"'"#, r#"'say "hi"'"#),
            (r#"'both \' and "'"#, r#"'both \' and "'"#),
            (r"'tab\there'", r"'tab\there'"),
            (r"'nl\n'", r"'nl\n'"),
            (r"'\r\x00\x7f'", r"'\r\x00\x7f'"),
            (r"'\x80\x9f\xa0'", r"'\x80\x9f\xa0'"),
            ("'é✓𝄞'", "'é✓𝄞'"),
            (r"'\u200b'", r"'\u200b'"),
            (r"'\\'", r"'\\'"),
            (r"'\U0001f600'", "'😀'"),
            (r"'\x1b[0m'", r"'\x1b[0m'"),
            (r"'\u00ad'", r"'\xad'"),
            (r"'\ufeff'", r"'\ufeff'"),
            (r"'\u2028'", r"'\u2028'"),
            ("repr('a' * 3)", r#""'aaa'""#),
            (r#"["a'b", 'c"d']"#, r#"["a'b", 'c"d']"#),
            (r"'\''", r#""'""#),
            (r#"'"'"#, r#"'"'"#),
            ("ascii('é✓𝄞')", r#""'\\xe9\\u2713\\U0001d11e'""#),
            (r"'\U000e0001'", r"'\U000e0001'"),
            (r"'\x0b\x0c'", r"'\x0b\x0c'"),
            (r"('\n',)", r"('\n',)"),
            (r"{'k\t': 'v\\'}", r"{'k\t': 'v\\'}"),
            ("repr(repr('a'))", r#"'"\'a\'"'"#),
            (r"'\u3000'", r"'\u3000'"),
            (r"'\U0010ffff'", r"'\U0010ffff'"),
            (r"'\ue000'", r"'\ue000'"),
        ],
    );
}

/// printf-style % formatting.
#[test]
fn percent_formatting() {
    check_reprs(
        "",
        &[
            ("'%s-%r' % ('a', 'b')", r#""a-'b'""#),
            ("'%d' % 3.7", "'3'"),
            ("'%5d|%-5d|%05d' % (42, 42, 42)", "'   42|42   |00042'"),
            ("'%+d % d' % (5, 5)", "'+5  5'"),
            (
                "'%x %X %o %#x %#o' % (255, 255, 8, 255, 8)",
                "'ff FF 10 0xff 0o10'",
            ),
            ("'%.2f' % 3.14159", "'3.14'"),
            ("'%10.3f|' % 3.14159", "'     3.142|'"),
            ("'%e' % 12345.678", "'1.234568e+04'"),
            (
                "'%g %g %g' % (1e-5, 123456789, 0.0001)",
                "'1e-05 1.23457e+08 0.0001'",
            ),
            ("'%%' % ()", "'%'"),
            ("'%c%c' % (65, 'b')", "'Ab'"),
            ("'%(a)s %(b)d' % {'a': 'x', 'b': 2}", "'x 2'"),
            ("'%s' % (1,)", "'1'"),
            ("'%s' % [1, 2]", "'[1, 2]'"),
            ("'%*d' % (5, 3)", "'    3'"),
            ("'%.*f' % (2, 3.14159)", "'3.14'"),
            ("'%s' % None", "'None'"),
            ("'%5s|%-5s|' % ('ab', 'ab')", "'   ab|ab   |'"),
            ("'%.2s' % 'abcdef'", "'ab'"),
            ("'%i' % -3", "'-3'"),
            ("'%d' % 2 ** 70", "'1180591620717411303424'"),
            ("'%x' % -255", "'-ff'"),
            ("'%r' % 'é'", r#""'é'""#),
            ("'%a' % 'é'", r#""'\\xe9'""#),
            ("'%.0f' % 2.5", "'2'"),
            ("'%.0f' % 3.5", "'4'"),
            ("'%d%%' % 50", "'50%'"),
            ("'%s' % 'é'", "'é'"),
            ("'%-6.2f|' % 2.5", "'2.50  |'"),
            ("'%+.1e' % -0.000123", "'-1.2e-04'"),
            ("'%G' % 1e-10", "'1E-10'"),
            ("'%s %s' % ('a', 'b')", "'a b'"),
            ("'%5.1s|' % 'xyz'", "'    x|'"),
            ("'%#X' % 255", "'0XFF'"),
            ("'%o' % -8", "'-10'"),
            ("'%d' % True", "'1'"),
            ("'%s' % True", "'True'"),
            ("'%.3g' % 2.0", "'2'"),
            ("'%(x)r' % {'x': 'q'}", r#""'q'""#),
            ("'%03d:%02d' % (7, 5)", "'007:05'"),
            ("'%f' % 1e20", "'100000000000000000000.000000'"),
            ("'%s' % {'a': 1}", r#""{'a': 1}""#),
        ],
    );
}

/// Bad % format strings and arguments.
#[test]
fn percent_formatting_errors() {
    check_errors(&[
        (
            "'%d' % 'a'",
            "TypeError: %d format: a real number is required, not str",
        ),
        (
            "'%s %s' % ('a',)",
            "TypeError: not enough arguments for format string",
        ),
        (
            "'%s' % ('a', 'b')",
            "TypeError: not all arguments converted during string formatting",
        ),
        (
            "'%z' % 1",
            "ValueError: unsupported format character 'z' (0x7a) at index 1",
        ),
        ("'%(a)s' % {}", "KeyError: 'a'"),
        ("'%c' % 'ab'", "TypeError: %c requires int or char"),
        (
            "'%d' % None",
            "TypeError: %d format: a real number is required, not NoneType",
        ),
        ("'%(a)s' % 1", "TypeError: format requires a mapping"),
        ("'%' % ()", "ValueError: incomplete format"),
        (
            "'abc' % 5",
            "TypeError: not all arguments converted during string formatting",
        ),
        ("'%f' % 'x'", "TypeError: must be real number, not str"),
    ]);
}

/// str.format: positional/keyword fields, attributes, items, conversions and specs.
#[test]
fn str_format_method() {
    check_reprs(
        "",
        &[
            ("'{} {}'.format(1, 2)", "'1 2'"),
            ("'{1} {0}'.format('a', 'b')", "'b a'"),
            ("'{x}{y}'.format(x=1, y=2)", "'12'"),
            (
                "'{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c')",
                "'    a|b    |  c  '",
            ),
            ("'{:*^9}'.format('mid')", "'***mid***'"),
            ("'{:05d}'.format(-42)", "'-0042'"),
            ("'{:+.3f}'.format(3.14159)", "'+3.142'"),
            ("'{:,}'.format(1234567)", "'1,234,567'"),
            ("'{:_}'.format(1234567)", "'1_234_567'"),
            ("'{:,.2f}'.format(1234567.891)", "'1,234,567.89'"),
            (
                "'{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5)",
                "'ff FF 10 101'",
            ),
            ("'{:#x} {:#o} {:#b}'.format(255, 8, 5)", "'0xff 0o10 0b101'"),
            ("'{:e}'.format(0.000123)", "'1.230000e-04'"),
            ("'{:.3g}'.format(1234.5)", "'1.23e+03'"),
            ("'{:g}'.format(1e20)", "'1e+20'"),
            ("'{:%}'.format(0.25)", "'25.000000%'"),
            ("'{:.1%}'.format(0.256)", "'25.6%'"),
            (
                "'{!r} {!s} {!a}'.format('é', 'é', 'é')",
                r#""'é' é '\\xe9'""#,
            ),
            ("'{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'})", "'one A'"),
            ("'{0.real}'.format(5)", "'5'"),
            ("'{{}} {}'.format(1)", "'{} 1'"),
            ("'{:10}|'.format('é')", "'é         |'"),
            ("'{:10}|'.format(42)", "'        42|'"),
            ("'{:<10}|'.format(42)", "'42        |'"),
            ("'{:=+8}'.format(42)", "'+     42'"),
            ("'{:08.3f}'.format(-3.14159)", "'-003.142'"),
            ("'{:.2}'.format('abcdef')", "'ab'"),
            ("'{:c}'.format(65)", "'A'"),
            ("'{:n}'.format(1234)", "'1234'"),
            ("'{}'.format(1.0)", "'1.0'"),
            ("'{:.0f}'.format(0.5)", "'0'"),
            ("'{:.2e}'.format(2 ** 70)", "'1.18e+21'"),
            ("'{:d}'.format(True)", "'1'"),
            ("'{}'.format(None)", "'None'"),
            ("'{:>{w}}'.format('x', w=4)", "'   x'"),
            ("format(3.0)", "'3.0'"),
            ("format(1e16, '')", "'1e+16'"),
            ("format(0.1, '.20f')", "'0.10000000000000000555'"),
            ("format(12.5, '5.0f')", "'   12'"),
            ("format(-0.0, '.1f')", "'-0.0'"),
            ("format(float('inf'), '>6')", "'   inf'"),
            ("format(float('nan'), '+')", "'+nan'"),
            ("format(1234.5, ',.1f')", "'1,234.5'"),
            ("format(10 ** 20, ',')", "'100,000,000,000,000,000,000'"),
            ("format(0, 'b')", "'0'"),
            ("'{0}{0}'.format('ab')", "'abab'"),
            ("'{a[0]}'.format(a=[7])", "'7'"),
            ("format(2.5, '')", "'2.5'"),
            ("format(1e-5, 'g')", "'1e-05'"),
            ("format(123.0, 'g')", "'123'"),
            ("format(0.0001, '')", "'0.0001'"),
            ("format(1.0, '.0%')", "'100%'"),
            ("format(1234.5678, '.2')", "'1.2e+03'"),
            ("format(5, '.2f')", "'5.00'"),
            ("format('x', '')", "'x'"),
            ("format(None, '')", "'None'"),
            ("format(True, '')", "'True'"),
            ("format(True, '^5')", "'  1  '"),
            ("'{:^6.1f}'.format(2.25)", "' 2.2  '"),
            ("'{:#.3g}'.format(1.0)", "'1.00'"),
            ("format(-1, 'x')", "'-1'"),
            ("format(2 ** 70, 'x')", "'400000000000000000'"),
            ("format(255, '#_b')", "'0b1111_1111'"),
        ],
    );
}

/// str.format and format() errors.
#[test]
fn str_format_errors() {
    check_errors(&[("'{}'.format()", "IndexError: Replacement index 0 out of range for positional args tuple"),
("'{x}'.format()", "KeyError: 'x'"),
("'{:d}'.format('a')", "ValueError: Unknown format code 'd' for object of type 'str'"),
("'{:d}'.format(1.5)", "ValueError: Unknown format code 'd' for object of type 'float'"),
("'{0}{}'.format(1, 2)", "ValueError: cannot switch from manual field specification to automatic field numbering"),
("'{'.format()", "ValueError: Single '{' encountered in format string"),
("'}'.format()", "ValueError: Single '}' encountered in format string"),
("'{:,s}'.format('a')", "ValueError: Cannot specify ',' with 's'."),
("format('a', '=5')", "ValueError: '=' alignment not allowed in string format specifier"),
("'{0[2]}'.format([1])", "IndexError: list index out of range"),
("'{!x}'.format(1)", "ValueError: Unknown conversion specifier x"),
("format(1, 'z')", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
("'{0.nope}'.format(1)", "AttributeError: 'int' object has no attribute 'nope'"),
("format('a', '+')", "ValueError: Sign not allowed in string format specifier"),]);
}

/// f-strings: expressions, conversions, nested specs, the = specifier and PEP 701 quotes.
#[test]
fn f_strings() {
    check_reprs(
        "x = 3.14159
n = 42
s = 'hi'
items = [1, 2]
w = 8
d = {'k': 'v'}
",
        &[
            ("f'{x:.2f}'", "'3.14'"),
            ("f'{n:>5}'", "'   42'"),
            ("f'{n:#06x}'", "'0x002a'"),
            ("f'{s!r}'", r#""'hi'""#),
            ("f'{s=}'", r#""s='hi'""#),
            ("f'{n + 1 = }'", "'n + 1 = 43'"),
            ("f'{x:{w}.2f}'", "'    3.14'"),
            ("f'{items}'", "'[1, 2]'"),
            ("f'{items[0]}'", "'1'"),
            ("f'{{n}}'", "'{n}'"),
            ("f'{n:,}'", "'42'"),
            ("f'{'nested'}'", "'nested'"),
            ("f'{s:*^7}'", "'**hi***'"),
            ("f'{n!s:>4}'", "'  42'"),
            ("f'{3.0}'", "'3.0'"),
            ("f'{1e16}'", "'1e+16'"),
            ("f'{None}'", "'None'"),
            ("f'{n:b}'", "'101010'"),
            ("f'{-n:+}'", "'-42'"),
            ("f'{x!r:>10}'", "'   3.14159'"),
            (r#"f'{"a" if n else "b"}'"#, "'a'"),
            ("f'{n:08_}'", "'0_000_042'"),
            ("f'{s}' f'{n}'", "'hi42'"),
            ("f'{s}' 'lit'", "'hilit'"),
            (r"rf'\n{n}'", r"'\\n42'"),
            ("f'{x=:.1f}'", "'x=3.1'"),
            (r#"f'{d["k"]}'"#, "'v'"),
            ("f'{[n for n in range(3)]}'", "'[0, 1, 2]'"),
            (r#"f'{n:{"^"}{w}}'"#, "'   42   '"),
            ("f'{s!a}'", r#""'hi'""#),
            (r#"f'{"é"!a}'"#, r#""'\\xe9'""#),
            ("f'{x:e}'", "'3.141590e+00'"),
            ("f'{n:%}'", "'4200.000000%'"),
            ("f'{n}{n}'", "'4242'"),
            ("f'{ n }'", "'42'"),
            ("f'{s:}'", "'hi'"),
            (
                "f'''{s
}'''",
                "'hi'",
            ),
            ("f'{n:{w}}|'", "'      42|'"),
            ("f'{x:{w}}|'", "' 3.14159|'"),
        ],
    );
}

/// str ordering is by code point; mixed-type equality is False.
#[test]
fn comparisons() {
    check_reprs(
        "",
        &[
            ("'a' < 'b'", "True"),
            ("'a' < 'B'", "False"),
            ("'abc' < 'abd'", "True"),
            ("'ab' < 'abc'", "True"),
            ("'' < 'a'", "True"),
            ("'é' > 'z'", "True"),
            (r"'𝄞' > '\uffff'", "True"),
            ("'a' == 'a'", "True"),
            ("'a' != 'A'", "True"),
            ("'abc' >= 'abc'", "True"),
            ("max(['b', 'a', 'é'])", "'é'"),
            (
                "sorted(['b', 'A', 'a', 'é', 'Z', '', 'aa'])",
                "['', 'A', 'Z', 'a', 'aa', 'b', 'é']",
            ),
            ("'a' == 1", "False"),
            ("'1' == 1", "False"),
            ("'abc' is not None", "True"),
            (r"'\uffff' < '\U00010000'", "True"),
            ("'Z' < 'a' < 'é' < 'ÿ' < 'Ā'", "True"),
            ("min('hello')", "'e'"),
            ("'a' * 3 == 'aaa'", "True"),
            ("'abc'[:2] == 'ab'", "True"),
        ],
    );
}

/// `in` and `not in` on strings.
#[test]
fn membership() {
    check_reprs(
        "",
        &[
            ("'ell' in 'hello'", "True"),
            ("'' in 'abc'", "True"),
            ("'' in ''", "True"),
            ("'x' not in 'abc'", "True"),
            ("'ö' in 'wörld'", "True"),
            ("'hello' in 'hell'", "False"),
            ("'a' in ['a']", "True"),
            ("'rl' in 'wörld'", "True"),
            (r"'\n' in 'a\nb'", "True"),
            (r"'é' in 'e\u0301'", "False"),
            ("'ab' in 'aab'", "True"),
        ],
    );
}
