pkg_name = 'spkg2'
