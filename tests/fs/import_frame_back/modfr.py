import sys
import warnings

f = sys._getframe(0)
b = f.f_back
while b is not None and b.f_code.co_filename.startswith('<frozen'):
    b = b.f_back
print('module', f.f_code.co_name, 'called from', b.f_code.co_name, b.f_lineno)
warnings.warn("warned at import", UserWarning, stacklevel=2)
