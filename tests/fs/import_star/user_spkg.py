from spkg import *
