import spkg2.loaded
from spkg2 import *
