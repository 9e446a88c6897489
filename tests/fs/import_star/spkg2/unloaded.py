print('importing spkg2.unloaded (never via *)')
