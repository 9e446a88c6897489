# a literal as with-statement target has no == suggestion
print('never printed')
with a as 1: pass
