"""xml (CPython's xml package, written for pyrs): ElementTree and saxutils."""
