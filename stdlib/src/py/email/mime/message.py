"""MIME message/* messages wrapping another message."""

__all__ = ['MIMEMessage']

from email.message import Message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):
    """A message/* part (message/rfc822 by default) holding one message."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if not isinstance(_msg, Message):
            raise TypeError('Argument is not an instance of Message')
        Message.attach(self, _msg)   # MIMENonMultipart.attach would refuse
        self._default_type = 'message/rfc822'
