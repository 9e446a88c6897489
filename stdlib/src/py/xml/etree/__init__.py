"""xml.etree (CPython's xml.etree package, written for pyrs)."""
