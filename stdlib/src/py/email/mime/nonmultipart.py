"""Base class for MIME messages that cannot hold subparts."""

__all__ = ["MIMENonMultipart"]

from email.errors import MultipartConversionError
from email.mime.base import MIMEBase

_REFUSAL = 'Cannot attach additional subparts to non-multipart/*'


class MIMENonMultipart(MIMEBase):
    """A MIME message whose payload is never a list of parts."""

    def attach(self, payload):
        raise MultipartConversionError(_REFUSAL)

    def _store_encoded(self, data, encoder):
        # Shared by the binary subclasses: keep the data, then let the
        # encoder transform it and add Content-Transfer-Encoding.
        self.set_payload(data)
        encoder(self)
