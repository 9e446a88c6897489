# A comprehension may not rebind its iteration variable with :=.
print('never printed')
values = [i := 0 for i in range(3)]
