print('importing spkg2.loaded')
