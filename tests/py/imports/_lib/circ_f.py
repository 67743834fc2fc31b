from circ_e import E
F = "f"
