"""MIME multipart/* messages."""

__all__ = ["MIMEMultipart"]

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/* container (multipart/mixed by default)."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None,
                 *, policy=None, **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy,
                          **_params)
        self._payload = list(_subparts) if _subparts else []
        if boundary:        # otherwise one is made up when generating
            MIMEBase.set_boundary(self, boundary)
