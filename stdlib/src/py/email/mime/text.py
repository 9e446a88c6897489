"""MIME text/* messages."""

__all__ = ['MIMEText']

from email.mime.nonmultipart import MIMENonMultipart


def _default_charset(text):
    try:
        text.encode('us-ascii')
    except UnicodeError:
        return 'utf-8'
    return 'us-ascii'


class MIMEText(MIMENonMultipart):
    """A text/* message (text/plain by default)."""

    def __init__(self, _text, _subtype='plain', _charset=None, *,
                 policy=None):
        """Without _charset, us-ascii is used when the text allows it and
        utf-8 otherwise."""
        cs = _default_charset(_text) if _charset is None else _charset
        super().__init__('text', _subtype, policy=policy, charset=str(cs))
        self.set_payload(_text, cs)
