print('running pkga.lazy')
