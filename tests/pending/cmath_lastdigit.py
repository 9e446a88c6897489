# cmath inputs whose last digit depends on the C library's real functions.
# CPython's cmath uses glibc's atan2, sin, cos, tan and exp; pyrs's cmath computes a
# correctly rounded atan2 (glibc's is not always) and uses pyrs's math.sin/cos/tan/exp.
import cmath

cases = [
    ('phase', complex(2.75, -0.31)),
    ('log', complex(2.75, -0.31)),
    ('acos', complex(12.0, -3.7)),
    ('acosh', complex(12.0, -3.7)),
    ('log', complex(1.9100788437316512, 0.8562265458121185)),
    ('cos', complex(2.3, 0.0)),
    ('sin', complex(0.0, 2.3)),
    ('exp', complex(0.0, 2.3)),
    ('cosh', complex(1.0, 2.3)),
    ('tan', complex(2.3, 0.5)),
    ('tanh', complex(0.5, 2.3)),
]
for name, z in cases:
    print(name, z, getattr(cmath, name)(z))
print('rect', cmath.rect(1.0, 2.3), cmath.rect(3.0, -2.69))
