# glibc's strftime extensions CPython inherits on Linux: flags, widths, E/O modifiers.
import time, datetime, itertools
t = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
codes = "aAbBCdDeFgGHIjklmMpPrRSTuUVwWyY%"
out = []
for fl in ["", "-", "_", "0", "^", "#", "^-", "_^"]:
    for w in ["", "5", "1"]:
        for c in codes:
            fmt = "%" + fl + w + c
            out.append(f"{fmt}=[{time.strftime(fmt, t)}]")
for fmt in ["%Ey", "%Od", "%EY", "%Oe", "%z %Z", "%q", "%-q", "%", "%-", "%E"]:
    out.append(f"{fmt}=[{time.strftime(fmt, t)}]")
print(" ".join(out))
print(time.strftime("%z|%Z", (2024, 1, 1, 0, 0, 0, 0, 1, -1)))
dt = datetime.datetime(2024, 3, 5, 7, 8, 9)
print(dt.strftime("%-d/%-m/%Y %-H:%M %-I%p %_d %0e %^a %#b %5Y %-j"))
print(datetime.date(2024, 1, 9).strftime("%-d %-m %e %-e %_m"))
