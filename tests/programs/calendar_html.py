import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='')
print(h.formatmonth(2023, 7, withyear=False), end='')
print(h.formatyear(2024))
print(h.formatyear(2021, 4))
print(h.formatyear(2021, 0)[:300])
print(h.formatday(0, 3), h.formatday(15, 6), h.formatweekday(2))
print(h.formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]))
print(h.formatweekheader())
print(h.formatmonthname(2024, 9), h.formatmonthname(2024, 9, withyear=False))
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page.decode())
print(h.formatyearpage(2023, width=6, css=None, encoding='ascii').decode()[:700])
print(h.formatyearpage(2022, 2, 'style.css', 'latin-1')[:420])
print(h.cssclasses, h.cssclasses_weekday_head, h.cssclass_noday, h.cssclass_month_head,
      h.cssclass_month, h.cssclass_year_head, h.cssclass_year)

class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'm'
    cssclass_month_head = 'mh'
    cssclass_year = 'y'
    cssclass_year_head = 'yh'
print(Custom(calendar.SUNDAY).formatmonth(2024, 3), end='')
print(Custom(3).formatyear(2024, 6)[:600])
sh = calendar.HTMLCalendar(6)
print(sh.formatweekheader())
print(sh.formatmonth(2025, 11), end='')
lc = calendar.LocaleTextCalendar(0, 'C')
print(lc.formatmonth(2024, 4), end='')
lh = calendar.LocaleHTMLCalendar(0, 'C')
print(lh.formatmonthname(2024, 4))
try:
    h.formatmonth(2024, 13)
except Exception as e:
    print(type(e).__name__, e)
