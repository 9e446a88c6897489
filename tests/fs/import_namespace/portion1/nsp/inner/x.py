X = 'inner x in portion1'
