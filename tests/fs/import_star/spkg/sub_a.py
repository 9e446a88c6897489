print('importing spkg.sub_a')
A = 'A'
