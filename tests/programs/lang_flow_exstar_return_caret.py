# SyntaxError caret for `return <constant>` inside except* points at the constant (CPython compiler quirk)
def f():
    try:
        pass
    except* ValueError:
        return "handled"
