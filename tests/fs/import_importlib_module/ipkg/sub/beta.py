print('ipkg.sub.beta body')
BETA = 'beta'
