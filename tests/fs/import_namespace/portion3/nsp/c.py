C = 'from portion3, added later'
