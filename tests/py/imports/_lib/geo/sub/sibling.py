SIB = "sibling:" + __name__
