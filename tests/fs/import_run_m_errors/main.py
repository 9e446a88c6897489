print('this file is not run: the command line asks for -m nomainpkg')
