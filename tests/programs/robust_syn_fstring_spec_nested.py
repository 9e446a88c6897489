# Format specs may nest two levels only.
print('never printed')
x = y = z = w = 1
print(f'{x:{y:{z:{w}}}}')
