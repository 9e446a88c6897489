"""Conversions between RGB and the YIQ, HLS and HSV colour systems.

Every coordinate is a float in [0, 1] (I and Q of YIQ may be negative);
hues are fractions of a full turn.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# -- YIQ (NTSC): luma plus two weighted colour differences ----------------

def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff, blue_diff = r - luma, b - luma
    return (luma,
            0.74 * red_diff - 0.27 * blue_diff,
            0.48 * red_diff + 0.41 * blue_diff)


def _unit(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def yiq_to_rgb(y, i, q):
    # The inverse of the matrix above, each channel clipped to [0, 1].
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return _unit(red), _unit(green), _unit(blue)


# -- hue of an RGB triple (shared by HLS and HSV) ---------------------------

def _hue(r, g, b, top, spread):
    """Hue in [0, 1) of a non-grey colour whose largest channel is top."""
    dr, dg, db = ((top - c) / spread for c in (r, g, b))
    if top == r:
        sector = db - dg
    elif top == g:
        sector = 2.0 + dr - db
    else:
        sector = 4.0 + dg - dr
    return (sector / 6.0) % 1.0


# -- HLS --------------------------------------------------------------------

def rgb_to_hls(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    total = top + bottom
    lightness = total / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    spread = top - bottom
    if lightness <= 0.5:
        saturation = spread / total
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _ramp(low, high, h):
    """One channel of hls_to_rgb: a trapezoid in the hue h (taken mod 1)."""
    h %= 1.0
    if h < ONE_SIXTH:
        return low + (high - low) * h * 6.0
    if h < 0.5:
        return high
    if h < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - h) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return tuple(_ramp(low, high, h + shift)
                 for shift in (ONE_THIRD, 0.0, -ONE_THIRD))


# -- HSV --------------------------------------------------------------------

def rgb_to_hsv(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    if top == bottom:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue(r, g, b, top, spread), spread / top, top


# For each sixth of the hue circle, which of (v, rising, falling, floor)
# feeds red, green and blue.
_HSV_SECTORS = ((0, 1, 3), (2, 0, 3), (3, 0, 1), (3, 2, 0), (1, 3, 0), (0, 3, 2))


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    levels = (v, v * (1.0 - s * (1.0 - frac)), v * (1.0 - s * frac), v * (1.0 - s))
    red, green, blue = _HSV_SECTORS[sector % 6]
    return levels[red], levels[green], levels[blue]
