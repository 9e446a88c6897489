# a literal as for-loop target has no == suggestion
print('never printed')
for 1 in x: pass
