print('running pkga.sub.other')
