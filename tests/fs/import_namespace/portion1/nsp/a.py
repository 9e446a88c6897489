A = 'from portion1'
