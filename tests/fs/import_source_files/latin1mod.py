# -*- coding: latin-1 -*-
TEXT = "café ü"
