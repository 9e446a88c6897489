"""String helper module (CPython's _string, written for pyrs): the str.format parser that
string.Formatter is built on."""

from string import _parse_format, _split_field_name


def _require_str(value):
    if not isinstance(value, str):
        raise TypeError(f'expected str, got {type(value).__name__}')


def formatter_parser(format_string, /):
    """Iterate over the pieces of a format string: (literal_text, field_name, format_spec,
    conversion) for each, the last three None for text with no field after it."""
    _require_str(format_string)
    return _parse_format(format_string)


def formatter_field_name_split(field_name, /):
    """Split a field name such as 'a.b[0]' into its first part (an int when it is all
    digits) and an iterator of (is_attribute, key) pairs for the rest."""
    _require_str(field_name)
    return _split_field_name(field_name)
