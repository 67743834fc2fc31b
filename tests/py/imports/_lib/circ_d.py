from circ_c import C_EARLY
D = "d+" + C_EARLY
try:
    from circ_c import C_LATE
except ImportError as e:
    CAUGHT = e
