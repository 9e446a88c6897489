print('regular package in portion2')
