"""Conversions between RGB and the YIQ, HLS and HSV colour systems (written for pyrs).

Every coordinate is a float; RGB, HLS and HSV components lie in [0, 1],
Y in [0, 1] and I, Q may be negative.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff = r - luma
    blue_diff = b - luma
    return (luma,
            0.74 * red_diff - 0.27 * blue_diff,
            0.48 * red_diff + 0.41 * blue_diff)


def _clip(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def yiq_to_rgb(y, i, q):
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return _clip(red), _clip(green), _clip(blue)


def _hue(r, g, b, top, spread):
    """Hue in [0, 1) of a colour whose largest component is top."""
    dr = (top - r) / spread
    dg = (top - g) / spread
    db = (top - b) / spread
    if r == top:
        sector = db - dg
    elif g == top:
        sector = 2.0 + dr - db
    else:
        sector = 4.0 + dg - dr
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    light = total / 2.0
    if lo == hi:
        return 0.0, light, 0.0
    if light <= 0.5:
        sat = spread / total
    else:
        sat = spread / (2.0 - hi - lo)
    return _hue(r, g, b, hi, spread), light, sat


def _channel(lo, hi, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return lo + (hi - lo) * hue * 6.0
    if hue < 0.5:
        return hi
    if hue < TWO_THIRD:
        return lo + (hi - lo) * (TWO_THIRD - hue) * 6.0
    return lo


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    hi = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    lo = 2.0 * l - hi
    return (_channel(lo, hi, h + ONE_THIRD), _channel(lo, hi, h),
            _channel(lo, hi, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if lo == hi:
        return 0.0, 0.0, hi
    spread = hi - lo
    return _hue(r, g, b, hi, spread), spread / hi, hi


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * frac)
    t = v * (1.0 - s * (1.0 - frac))
    sector %= 6
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector]
