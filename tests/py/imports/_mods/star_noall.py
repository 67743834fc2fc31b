pub = 1
_private = 2
