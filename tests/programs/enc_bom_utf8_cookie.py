# -*- coding: utf-8 -*-
print(ascii('é'))
