# cmd.Cmd: the command loop, help and columnize output.
import sys, io
import cmd
print(cmd.__all__, cmd.PROMPT, cmd.IDENTCHARS)
class C(cmd.Cmd):
    intro = 'Welcome'
    prompt = '> '
    def do_greet(self, arg):
        """Greet someone.
        Usage: greet NAME"""
        self.stdout.write('hi %r\n' % arg)
    def do_add(self, arg): print('add', arg, file=self.stdout)
    def help_add(self): print('help for add', file=self.stdout)
    def help_topic(self): print('a topic', file=self.stdout)
    def do_shell(self, arg): print('shell', repr(arg), file=self.stdout)
    def do_quit(self, arg):
        'Quit.'
        return True
    def do_EOF(self, arg): print('eof', file=self.stdout); return True
    for i in range(25):
        exec('def do_cmd%d(self, a): pass' % i)
    def precmd(self, line): print('pre', repr(line), file=self.stdout); return line
    def postcmd(self, stop, line): print('post', stop, repr(line), file=self.stdout); return stop
    def preloop(self): print('preloop', file=self.stdout)
    def postloop(self): print('postloop', file=self.stdout)
out = io.StringIO()
c = C(stdin=io.StringIO('greet bob\n\n?add\nhelp\nhelp greet\nhelp nope\nhelp topic\n!ls -l\nfoo bar\n  \n.x\nadd 1 2\r\n'), stdout=out)
c.use_rawinput = False
c.cmdloop()
print(out.getvalue())
out = io.StringIO()
c = C(stdin=io.StringIO('quit\n'), stdout=out); c.use_rawinput = 0
c.cmdloop('Other intro'); print(out.getvalue())
sys.stdin = io.StringIO('greet x\nadd y\n')
out = io.StringIO(); c = C(stdout=out); c.cmdloop(); print(out.getvalue())
c = cmd.Cmd(stdout=io.StringIO())
print(c.parseline(''), c.parseline('  ?x y '), c.parseline('!ls'), c.parseline('foo.bar baz'), c.parseline('a-b'))
print(c.onecmd('xyz'), c.onecmd('!zz'), c.onecmd(''), c.stdout.getvalue())
c.onecmd('help'); print(repr(c.stdout.getvalue()))
cc = C(stdout=io.StringIO())
print(sorted(cc.completenames('g')), sorted(cc.completenames('')) [:5], cc.completedefault('x'), sorted(cc.complete_help('t', 'help t', 5, 6)), sorted(cc.complete_help('', 'help ', 5, 5))[:4])
for lst, w in [(['a'], 80), ([], 80), (['x'*i for i in range(1, 30)], 40), ([str(i) for i in range(100)], 80), (['aaaa', 'bb', 'c'], 3), (['aa','bb'], 1)]:
    s = io.StringIO(); cc.stdout = s; cc.columnize(lst, w); print(s.getvalue())
try: cc.columnize(['a', 1, 'b', None])
except TypeError as e: print(e)
print(cmd.Cmd.do_help.__doc__)
