# An exception with a failing __str__ escapes; CPython prints a placeholder message.

class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


class Fine(Exception):
    def __str__(self):
        return "fine message"


for exc in [Fine("x"), Weird("y")]:
    try:
        raise exc
    except Exception as e:
        try:
            print(type(e).__name__, str(e))
        except RuntimeError as inner:
            print(type(e).__name__, "str raised", inner)
        print(repr(e))

raise Weird("boom")
