# vim: set fileencoding=iso-8859-1 :
print(ascii('ÿà'))
