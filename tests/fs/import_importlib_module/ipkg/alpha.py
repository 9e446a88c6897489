print('ipkg.alpha body')
ALPHA = 'alpha'
