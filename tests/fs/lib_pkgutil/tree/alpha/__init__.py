VALUE = 'alpha'
