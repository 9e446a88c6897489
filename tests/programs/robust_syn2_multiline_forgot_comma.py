# a missing comma in a bracket opened on an earlier line (and closed later)
print('never printed')
x = [1,
     2 3]
