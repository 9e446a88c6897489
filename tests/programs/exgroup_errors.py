# Errors around except*: SyntaxErrors found by compile(), TypeErrors at run time.

def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, "| line", e.lineno)

check("break in loop", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
check("continue in loop", "while y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
check("return in function", "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
check("break outside loop", "try:\n    pass\nexcept* ValueError:\n    break\n")
check("mixed except and except*", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n")
check("except then except*", "try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n")
check("bare except*", "try:\n    pass\nexcept*:\n    pass\n")
check("break in nested loop", "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n")
check("return in nested def", "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n")
check("else and finally", "try:\n    pass\nexcept* ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n")
check("space after star", "try:\n    pass\nexcept *ValueError as e:\n    pass\n")

# run-time errors for bad handler types
def raise_and_catch(types):
    try:
        raise ValueError("v")
    except* types:
        print("caught")

for label, types in [("ExceptionGroup", ExceptionGroup),
                     ("BaseExceptionGroup", BaseExceptionGroup),
                     ("tuple with group", (ValueError, ExceptionGroup)),
                     ("not a class", 5),
                     ("non-exception class", int),
                     ("tuple with non-class", (ValueError, "x")),
                     ("valid", (TypeError, ValueError))]:
    try:
        raise_and_catch(types)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# the TypeError happens even if a group is raised, and carries the original as context
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# a subclass of ExceptionGroup is also refused
class MyGroup(ExceptionGroup):
    pass

try:
    try:
        raise ValueError()
    except* MyGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
