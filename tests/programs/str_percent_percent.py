# A % conversion: literal when alone, refused after a key, flags, width or precision.
for fmt, arg in [('% %', {}), ('%-%', ()), ('%5%', ()), ('%%', ()), ('a %(x)%', {'x': 1}), ('%.2%', ())]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, arg in [('%5%', (1,)), ('%-%', (1,)), ('% %', (1,)), ('%(a)%', {'a':1}), ('%.1%', (1,)), (b'%5%', (1,)), (b'% %', (1,)), ('x%5%y', ()), ('%%%s', 1), (b'%%', ())]:
    try: print(repr(fmt % arg))
    except Exception as e: print(type(e).__name__, e)
