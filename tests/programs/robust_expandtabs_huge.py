# expandtabs() with a huge tab size: CPython refuses it (tabsize must fit a C int); it must
# never try to build the giant string.
def attempt(label, action):
    try:
        r = action()
        print(label, repr(r) if len(r) < 80 else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('no tab, 2**32', lambda: 'abc'.expandtabs(2 ** 32))
attempt('tab, 2**31', lambda: 'a\tb'.expandtabs(2 ** 31))
attempt('tab, 2**32 + 3', lambda: 'a\tb'.expandtabs(2 ** 32 + 3))
attempt('tab, 2**62', lambda: 'a\tb'.expandtabs(2 ** 62))
attempt('tab, 10**10', lambda: '\tabc'.expandtabs(10 ** 10))
attempt('tab, -5', lambda: 'a\tb'.expandtabs(-5))
attempt('tab, 0', lambda: 'a\tb'.expandtabs(0))
attempt('tab, 3', lambda: 'a\tbc\td'.expandtabs(3))
attempt('tab, 1000', lambda: '\t\t'.expandtabs(1000))
