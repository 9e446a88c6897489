# code: InteractiveConsole runs complete statements, keeps incomplete ones, reports errors.
import code
import io
import sys

sys.stderr = sys.stdout
console = code.InteractiveConsole({'__name__': '__console__'})
for line in ['x = 1', 'if x:', '    print("inside", x)', '', 'y = [1,', '2]', 'print(y)',
             '1/0', 'def f():', '    return undefined', '', 'f()', 'print(x + len(y))']:
    print('push', repr(line), console.push(line))
interp = code.InteractiveInterpreter()
print(interp.runsource('a = 5'), interp.runsource('print(a * 2)'), interp.runsource('for i in x:'))
sys.stdin = io.StringIO('z = 7\nprint(z)\nraise KeyError("k")\n')
console = code.InteractiveConsole()
console.interact(banner='hello', exitmsg='bye')
print(sys.ps1, sys.ps2)
