WHO = 'extpkg.native in extpkg/'
