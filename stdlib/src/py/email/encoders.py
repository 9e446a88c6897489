"""Functions that apply a Content-Transfer-Encoding to a message payload."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
import quopri


def _reencode(msg, transform, cte):
    raw = msg.get_payload(decode=True)
    msg.set_payload(transform(raw))
    msg['Content-Transfer-Encoding'] = cte


def _as_base64(data):
    return base64.encodebytes(data).decode('ascii')


def _as_qp(data):
    return quopri.encodestring(data, quotetabs=True)


def encode_base64(msg):
    """Encode the payload as base64 and label it so."""
    _reencode(msg, _as_base64, 'base64')


def encode_quopri(msg):
    """Encode the payload as quoted-printable and label it so."""
    _reencode(msg, _as_qp, 'quoted-printable')


def encode_7or8bit(msg):
    """Label the payload 7bit or 8bit depending on its content."""
    raw = msg.get_payload(decode=True)
    label = '7bit'
    if raw is not None:
        try:
            raw.decode('ascii')
        except UnicodeError:
            label = '8bit'
    msg['Content-Transfer-Encoding'] = label


def encode_noop(msg):
    """Leave the payload alone."""
