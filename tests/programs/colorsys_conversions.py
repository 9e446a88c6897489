"""colorsys: all six conversions on fixed and pseudo-random inputs, exact float results."""
import colorsys
import random

rnd = random.Random(12345)
vals = [0, 1, 0.5, 0.25, 1 / 3, 2 / 3, -0.2, 1.3, 0.999]
samples = [(a, b, c) for a in vals for b in vals[::2] for c in vals[1::3]]
samples += [(rnd.random(), rnd.random(), rnd.random()) for _ in range(60)]
samples += [(rnd.uniform(-1, 2), rnd.uniform(-1, 2), rnd.uniform(-1, 2)) for _ in range(30)]
samples += [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (255, 128, 0), (0.2, -0.2, 0.0)]
for name in ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb', 'rgb_to_hsv', 'hsv_to_rgb']:
    f = getattr(colorsys, name)
    for s in samples:
        try:
            print(name, s, f(*s))
        except Exception as e:
            print(name, s, type(e).__name__, e)
for r, g, b in [(0.2, 0.4, 0.4), (0.9, 0.1, 0.3), (0.0, 0.0, 0.0)]:
    print(colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(r, g, b)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(r, g, b)))
print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(type(colorsys.rgb_to_hsv(1, 1, 1)[2]), colorsys.rgb_to_hsv(1, 1, 1), colorsys.hsv_to_rgb(0, 0, 1))
