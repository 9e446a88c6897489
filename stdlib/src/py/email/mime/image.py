"""MIME image/* messages."""

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _netpbm(digits):
    def probe(h):
        return (len(h) >= 3 and h[0] == ord('P') and h[1] in digits
                and h[2] in b' \t\n\r')
    return probe


# (subtype, test) pairs tried in order on the start of the data.
_SIGNATURES = [
    ('jpeg', lambda h: h[6:10] in (b'JFIF', b'Exif')
                       or h[:4] == b'\xff\xd8\xff\xdb'),
    ('png', lambda h: h[:8] == b'\x89PNG\r\n\x1a\n'),
    ('gif', lambda h: h[:6] in (b'GIF87a', b'GIF89a')),
    ('tiff', lambda h: h[:2] in (b'MM', b'II')),
    ('rgb', lambda h: h[:2] == b'\x01\xda'),
    ('pbm', _netpbm(b'14')),
    ('pgm', _netpbm(b'25')),
    ('ppm', _netpbm(b'36')),
    ('rast', lambda h: h[:4] == b'\x59\xa6\x6a\x95'),
    ('xbm', lambda h: h[:8] == b'#define '),
    ('bmp', lambda h: h[:2] == b'BM'),
    ('webp', lambda h: h[:4] == b'RIFF' and h[8:12] == b'WEBP'),
    ('exr', lambda h: h[:4] == b'\x76\x2f\x31\x01'),
]


def _what(data):
    for name, test in _SIGNATURES:
        if test(data):
            return name
    return None


class MIMEImage(MIMENonMultipart):
    """An image/* message; the subtype is guessed from the data when not
    given."""

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_imagedata)
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        super().__init__('image', _subtype, policy=policy, **_params)
        self._store_encoded(_imagedata, _encoder)
