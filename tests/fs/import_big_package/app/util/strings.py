from app.registry import record
record(__name__)


def shout(text):
    return text.upper() + '!'
