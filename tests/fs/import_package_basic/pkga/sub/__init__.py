print('running pkga.sub/__init__')
