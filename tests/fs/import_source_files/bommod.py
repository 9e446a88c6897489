TEXT = "with a BOM: é"
