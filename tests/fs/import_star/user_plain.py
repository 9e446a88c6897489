from plain import *
