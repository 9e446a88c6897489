print('running pkga.shadow')
