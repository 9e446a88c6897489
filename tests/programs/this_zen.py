import this
print(sorted(k for k in dir(this) if not k.startswith('__')))
print(this.c, this.i, len(this.d), repr(this.s[:60]))
print(len(this.s), sorted(this.d.items())[:5])
print("".join(this.d.get(c, c) for c in this.s).splitlines()[2])
import this
