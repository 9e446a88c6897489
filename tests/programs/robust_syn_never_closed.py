# An unclosed bracket is reported at the bracket.
print('never printed')
values = [1, 2,
          3, 4
print(values)
