print('respkg imported')
