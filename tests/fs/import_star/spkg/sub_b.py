print('importing spkg.sub_b')
