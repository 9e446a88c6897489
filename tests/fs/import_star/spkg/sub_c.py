print('importing spkg.sub_c (never via *)')
