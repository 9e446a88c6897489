"""xml.sax.saxutils (CPython's xml.sax.saxutils module, written for pyrs):
escape, unescape and quoteattr."""

__all__ = ["escape", "unescape", "quoteattr"]


def _swap(data, pairs):
    for old, new in pairs:
        if old in data:
            data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """Escape &, < and > (and the keys of entities) in a string."""
    data = _swap(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    if entities:
        data = _swap(data, entities.items())
    return data


def unescape(data, entities={}):
    """Turn &lt;, &gt; and &amp; (and the keys of entities) back into text."""
    data = _swap(data, (("&lt;", "<"), ("&gt;", ">")))
    if entities:
        data = _swap(data, entities.items())
    return _swap(data, (("&amp;", "&"),))


def quoteattr(data, entities={}):
    """Escape a string and quote it for use as an attribute value."""
    table = dict(entities)
    table.update({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    data = escape(data, table)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")
