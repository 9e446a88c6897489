WHO = 'extpkg.added found through an appended __path__ entry'
