X = 'stray file in a namespace-looking directory'
