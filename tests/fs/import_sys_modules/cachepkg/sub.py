print('cachepkg.sub body')
