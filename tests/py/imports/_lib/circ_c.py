C_EARLY = "early"
from circ_d import D
C_LATE = "late"
