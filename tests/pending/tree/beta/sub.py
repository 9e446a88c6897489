def fn(): return 3
