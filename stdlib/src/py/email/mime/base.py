"""Base class for the MIME helper classes."""

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):
    """A message with a Content-Type and a MIME-Version header."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        """Extra keyword arguments become Content-Type parameters."""
        message.Message.__init__(
            self, policy=email.policy.compat32 if policy is None else policy)
        self.add_header('Content-Type', _maintype + '/' + _subtype, **_params)
        self.add_header('MIME-Version', '1.0')
