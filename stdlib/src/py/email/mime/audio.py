"""MIME audio/* messages."""

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _guess(data):
    head = data[:512]
    if head[:4] == b'FORM' and head[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if head[:4] == b'.snd':
        return 'basic'
    if head[:4] == b'RIFF' and head[8:16] == b'WAVEfmt ':
        return 'x-wav'
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/* message; the subtype is guessed from the data when not
    given."""

    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *, policy=None, **_params):
        _subtype = _guess(_audiodata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        super().__init__('audio', _subtype, policy=policy, **_params)
        self._store_encoded(_audiodata, _encoder)
