"""xml.sax (CPython's xml.sax package, written for pyrs): only saxutils's
escaping helpers are provided."""
