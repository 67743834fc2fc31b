# `from a import name` while a is only partially initialised: the early name is
# there, the late one raises ImportError mentioning the circular import.
import sys
sys.path.insert(0, "_lib")
import circ_c
import circ_d
print(circ_c.C_EARLY, circ_c.C_LATE, circ_c.D, circ_d.D)
e = circ_d.CAUGHT
msg = str(e)
print(type(e).__name__, e.name)
head, _, tail = msg.rpartition(" (")
print(head)
print(tail.rsplit("/", 1)[-1])
