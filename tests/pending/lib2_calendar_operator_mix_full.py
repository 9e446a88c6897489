import calendar
import operator
from datetime import date

# calendar: planning a year
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], calendar.day_abbr[0], calendar.month_name[12], calendar.month_abbr[1])
print(list(calendar.day_name), list(calendar.month_abbr)[:4], len(calendar.month_name))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
print(cal.getfirstweekday(), list(cal.iterweekdays()))
print([d for d in cal.itermonthdays(2024, 2)][:10])
print(list(cal.itermonthdays2(2024, 2))[:5], list(cal.itermonthdays3(2024, 2))[:2], list(cal.itermonthdays4(2024, 2))[:2])
print(cal.monthdayscalendar(2024, 2))
print([[d.day for d in w] for w in cal.monthdatescalendar(2024, 3)][0])
print(len(cal.yeardayscalendar(2024, width=4)), len(cal.yeardatescalendar(2024)[0]))
paydays = []
for m in range(1, 13):
    last = max(d for d in cal.itermonthdates(2024, m) if d.month == m and d.weekday() < 5)
    paydays.append(last.strftime("%m-%d"))
print(paydays)
tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2024, 9, w=3, l=2))
print(tc.formatweekheader(2), "|", tc.formatweekday(0, 5), "|", tc.formatmonthname(2024, 5, 20, withyear=False), "|")
print(calendar.month(2023, 12, 4))
print(calendar.TextCalendar(6).formatyear(2024, w=2, l=1, c=3, m=4)[:400])
hc = calendar.HTMLCalendar(calendar.MONDAY)
html = hc.formatmonth(2024, 2)
print(html[:300])
print(hc.formatweekday(6), hc.formatday(0, 3), hc.formatday(5, 2))
print(calendar.MONDAY, calendar.SUNDAY, calendar.JANUARY if hasattr(calendar, "JANUARY") else "", calendar.Month(3) if hasattr(calendar, "Month") else "", calendar.Day(0) if hasattr(calendar, "Day") else "")
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.month_name[13],
            lambda: tc.formatmonth(2024, 0), lambda: calendar.setfirstweekday(9), lambda: calendar.Calendar(8).getfirstweekday()):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(calendar.firstweekday(), calendar.weekheader(3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.weekheader(2), calendar.monthcalendar(2024, 6)[0])
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.IllegalMonthError.__mro__[1].__name__, calendar.IllegalWeekdayError(9))

# operator on records
people = [{"name": "ann", "age": 31, "city": "oslo"}, {"name": "bob", "age": 25, "city": "rome"},
          {"name": "cy", "age": 31, "city": "bern"}, {"name": "di", "age": 19, "city": "oslo"}]
print([p["name"] for p in sorted(people, key=operator.itemgetter("age", "name"))])
print(list(map(operator.itemgetter("city"), people)), operator.itemgetter("name", "age")(people[0]))
class P:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
class A:
    def __init__(self, zip_):
        self.zip = zip_
objs = [P("x", A("0150")), P("y", A("0010"))]
print([o.name for o in sorted(objs, key=operator.attrgetter("addr.zip"))], operator.attrgetter("name", "addr.zip")(objs[0]))
print(operator.methodcaller("greet", "Hi")(objs[0]), operator.methodcaller("greet", "Yo", punct="?")(objs[1]))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("m", 1, k=2)))
for bad in (lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.methodcaller(),
            lambda: operator.attrgetter("missing")(objs[0]), lambda: operator.itemgetter(5)([1]), lambda: operator.add(1, "a"),
            lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.countOf(5, 1)):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0), operator.not_(0), operator.truth([]))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2), operator.matmul if True else "")
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]))
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, 10); operator.delitem(lst, 1)
print(lst, operator.getitem(lst, slice(0, 2)), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))))
x = [1]
print(operator.iadd(x, [2]) is x, x, operator.iconcat(x, [3]), operator.imul([1], 2), operator.ior({1}, {2}), operator.iand(7, 3))
print(operator.index(True), operator.call(max, 1, 5) if hasattr(operator, "call") else "", operator.__name__, operator.__add__(1, 1))
