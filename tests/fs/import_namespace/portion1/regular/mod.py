print('never: portion1/regular has no __init__ but portion2/regular does')
